;;; eglot_e2e.el --- end-to-end test of juesuan-ls through Emacs + Eglot, in --batch  -*- lexical-binding: t -*-
;;
;; Uses the shipped editors/emacs/juesuan-mode.el unchanged.
;; Written for Debian 12: GNU Emacs 28.2 (emacs-nox) + elpa-eglot 1.9.
;;
;;   JUESUAN_LS=/path/to/juesuan-ls EXPECT=Tests/clients/expectations.json \
;;     timeout 120 emacs --batch -l Tests/clients/eglot_e2e.el
;;
;; (Not `emacs -Q': Debian's elpa-eglot is found through Debian's site-start.)
;; Env: JUESUAN_LS  server command (split on whitespace), default `juesuan-ls'
;;      EXPECT      expectations file, default expectations.json next to this file
;; Prints one line per check on stdout: `PASS|FAIL|SKIP eglot: <check> [detail]'.
;; Exit code: 0 = no check failed, 1 = a check failed, 2 = the script crashed.

(require 'package)
(package-initialize)            ; activates Debian's elpa-* packages in --batch
(require 'eglot)
(require 'flymake)
(require 'json)
(require 'cl-lib)

(defvar juesuan-ls-program)
(defvar juesuan-ls-arguments)
(defvar e2e-dir (file-name-directory (or load-file-name buffer-file-name)))
(defvar e2e-root (expand-file-name "../../" e2e-dir))
(defvar e2e-failures 0)
(defvar e2e-timeout 10 "Seconds for any single wait.")

(defun e2e-out (status name &optional detail)
  (princ (format "%s eglot: %s%s\n" status name
                 (if detail (format "  %S" detail) ""))))

(defun e2e-check (name ok &optional detail)
  (if ok (e2e-out "PASS" name)
    (setq e2e-failures (1+ e2e-failures))
    (e2e-out "FAIL" name detail))
  ok)

(defun e2e-skip (name why) (e2e-out "SKIP" name (concat "pending: " why)))

(defun e2e-wait (pred &optional timeout)
  "Pump the event loop until PRED is non-nil or TIMEOUT seconds pass."
  (let ((deadline (+ (float-time) (or timeout e2e-timeout))))
    (while (and (not (funcall pred)) (< (float-time) deadline))
      (accept-process-output nil 0.02))
    (funcall pred)))

(defun e2e-get (obj &rest keys)
  "Nested lookup in a json-read alist."
  (dolist (k keys obj) (setq obj (cdr (assq k obj)))))

(defun e2e-line-text (line0)
  (save-excursion
    (goto-char (point-min))
    (forward-line line0)
    (buffer-substring-no-properties (line-beginning-position) (line-end-position))))

(defun e2e-anchor-columns (line0 anchor occurrence)
  "Character columns (BEG . END) of the OCCURRENCE-th ANCHOR on LINE0, or nil."
  (let ((text (e2e-line-text line0)) (start 0) (found nil))
    (dotimes (_ (or occurrence 1))
      (setq found (and start (string-search anchor text start)))
      (setq start (and found (+ found (length anchor)))))
    (and found (cons found (+ found (length anchor))))))

(defun e2e-goto (line0 col)
  (goto-char (point-min))
  (forward-line line0)
  (forward-char col))

(defun e2e-diags ()
  "Flymake diagnostics as (LINE0 BEG-COL END-COL TYPE TEXT).
Columns are Emacs character columns."
  (sort (mapcar (lambda (d)
                  (let ((beg (flymake-diagnostic-beg d)) (end (flymake-diagnostic-end d)))
                    (save-excursion
                      (goto-char beg)
                      (list (1- (line-number-at-pos beg t))
                            (- beg (line-beginning-position))
                            (- end (line-beginning-position))
                            (flymake-diagnostic-type d)
                            (flymake-diagnostic-text d)))))
                (flymake-diagnostics))
        (lambda (a b) (or (< (car a) (car b))
                          (and (= (car a) (car b)) (< (cadr a) (cadr b)))))))

(defun e2e-severity-type (severity)
  (pcase severity (1 'eglot-error) (2 'eglot-warning) (_ 'eglot-note)))

(defun e2e-missing (want-list exact)
  "Expected diagnostics (json alists) not found among Flymake's.
EXACT also compares counts."
  (let ((got (e2e-diags)) (miss nil))
    (dolist (w want-list)
      (let* ((line (e2e-get w 'line))
             (cols (e2e-anchor-columns line (e2e-get w 'anchor) (e2e-get w 'occurrence)))
             (sev (e2e-get w 'severity)) (code (e2e-get w 'code)) (msg (e2e-get w 'message)))
        (unless (and cols
                     (cl-some (lambda (g)
                                (and (= (nth 0 g) line) (= (nth 1 g) (car cols)) (= (nth 2 g) (cdr cols))
                                     (or (null sev) (eq (nth 3 g) (e2e-severity-type sev)))
                                     (or (null code) (string-search (format "[%s]" code) (nth 4 g)))
                                     (or (null msg) (string-search msg (nth 4 g)))))
                              got))
          (push (list :line line :anchor (e2e-get w 'anchor) :columns cols) miss))))
    (when (and exact (/= (length got) (length want-list)))
      (push (list :count (length got) :want (length want-list)) miss))
    miss))

(defvar e2e-published 0 "publishDiagnostics notifications received.")
(advice-add 'eglot-handle-notification :before
            (lambda (_server method &rest _)
              (when (eq method 'textDocument/publishDiagnostics)
                (setq e2e-published (1+ e2e-published)))))

(defun e2e-wait-publish (before)
  (e2e-wait (lambda () (> e2e-published before))))

(defun e2e-utf16-length (s)
  (let ((n 0)) (dolist (c (string-to-list s) n) (setq n (+ n (if (> c #xFFFF) 2 1))))))

(defun e2e-main ()
  (let* ((expect-path (let ((e (getenv "EXPECT")))
                        (if (and e (not (string-empty-p e))) (expand-file-name e)
                          (expand-file-name "expectations.json" e2e-dir))))
         (E (let ((json-array-type 'list)) (json-read-file expect-path)))
         (pending (e2e-get E 'pending))
         (pending-diags (e2e-get pending 'diagnostics))
         (pending-hover (e2e-get pending 'hover))
         (fixture (expand-file-name (e2e-get E 'fixture) (file-name-directory expect-path)))
         (cmd (split-string (or (getenv "JUESUAN_LS") "juesuan-ls")))
         (dir (make-temp-file "eglot-e2e" t))
         (file (expand-file-name (file-name-nondirectory fixture) dir))
         (notes (expand-file-name "notes.txt" dir))
         (is-juesuan (equal (file-name-nondirectory (car cmd)) "juesuan-ls"))
         (server-log (expand-file-name "server.log" dir))
         server)
    ;; The shipped major mode and Eglot registration, unchanged.
    (load (expand-file-name "editors/emacs/juesuan-mode.el" e2e-root) nil t)
    (setq juesuan-ls-program (car cmd)
          juesuan-ls-arguments (append (cdr cmd) (and is-juesuan (list "--log-file" server-log))))
    (copy-file fixture file t)
    (with-temp-file notes (insert "会议记录\n合计 12.00\n"))
    (with-current-buffer (find-file-noselect notes)
      (e2e-check "a .txt file that is not a 决算 report stays in text-mode"
                 (eq major-mode 'text-mode) major-mode))
    (find-file file)                    ; shows the buffer in the batch frame's window
    (e2e-check "juesuan-mode chosen for the draft" (eq major-mode 'juesuan-mode) major-mode)
    (setq-local eglot-send-changes-idle-time 0)
    ;; Start Eglot as M-x eglot would, without prompts.
    (apply #'eglot (eglot--guess-contact))
    (setq server (eglot-current-server))
    (unless (e2e-check "eglot connected (initialize answered)" server)
      (error "no server"))
    (let ((sync (plist-get (eglot--capabilities server) :textDocumentSync)))
      (e2e-check "server asks for incremental sync (change = 2)"
                 (and (listp sync) (eq (plist-get sync :change) 2)) sync))
    ;; Flymake's first start waits for post-command-hook, which never runs in --batch.
    (flymake-start)
    (let ((original (buffer-substring-no-properties (point-min) (point-max)))
          (want-open (e2e-get E 'open 'diagnostics))
          (exact (eq (e2e-get E 'open 'exact) t))
          after-open)
      ;; 1. didOpen -> diagnostics at the right character columns.
      (e2e-check "publishDiagnostics after didOpen" (e2e-wait-publish 0))
      (if pending-diags
          (e2e-skip "diagnostics after didOpen at the expected line/columns" pending-diags)
        (e2e-check "diagnostics after didOpen at the expected line/columns"
                   (e2e-wait (lambda () (null (e2e-missing want-open exact))))
                   (list :missing (e2e-missing want-open exact) :got (e2e-diags))))
      (setq after-open (e2e-diags))
      ;; 2. edit a cell -> a new finding.  Eglot sends didChange from an idle timer,
      ;; and idle timers never fire in --batch: flush it the way that timer does.
      (let* ((ed (e2e-get E 'edit))
             (line (e2e-get ed 'line))
             (cols (e2e-anchor-columns line (e2e-get ed 'anchor) (e2e-get ed 'occurrence)))
             (before e2e-published))
        (e2e-check "edit anchor found in the fixture" cols ed)
        (undo-boundary)
        (e2e-goto line (car cols))
        (delete-region (point) (+ (point) (- (cdr cols) (car cols))))
        (insert (e2e-get ed 'replacement))
        (undo-boundary)
        (eglot--signal-textDocument/didChange)
        (e2e-check "publishDiagnostics after the edit (incremental didChange)" (e2e-wait-publish before))
        (let ((want (append want-open (e2e-get ed 'appears))))
          (if pending-diags
              (e2e-skip "edited cell gets a diagnostic" pending-diags)
            (e2e-check "edited cell gets a diagnostic"
                       (e2e-wait (lambda () (null (e2e-missing want exact))))
                       (list :missing (e2e-missing want exact) :got (e2e-diags)))))
        ;; 3. undo -> the original text and findings.
        (setq before e2e-published)
        (undo)
        (eglot--signal-textDocument/didChange)
        (e2e-check "undo restores the fixture text"
                   (equal (buffer-substring-no-properties (point-min) (point-max)) original))
        (e2e-check "publishDiagnostics after undo" (e2e-wait-publish before))
        (if pending-diags
            (e2e-skip "diagnostic on the edited cell disappears after undo" pending-diags)
          (e2e-check "diagnostic on the edited cell disappears after undo"
                     (e2e-wait (lambda ()
                                 (not (cl-some (lambda (g) (and (= (nth 0 g) line) (= (nth 1 g) (car cols))))
                                               (e2e-diags)))))
                     (e2e-diags)))
        (e2e-check "findings after undo equal the findings after didOpen"
                   (e2e-wait (lambda () (equal (e2e-diags) after-open)))
                   (list :got (e2e-diags) :after-open after-open))))
    ;; 4. hover a subject code: Eglot turns point into a UTF-16 position.
    (dolist (h (e2e-get E 'hover))
      (let* ((line (e2e-get h 'line))
             (cols (e2e-anchor-columns line (e2e-get h 'anchor) (e2e-get h 'occurrence)))
             (col (+ (car cols) (e2e-get h 'at)))
             (want-char (e2e-utf16-length (substring (e2e-line-text line) 0 col)))
             (name (format "hover on %s" (e2e-get h 'anchor))))
        (e2e-goto line col)
        (let* ((params (eglot--TextDocumentPositionParams))
               (pos (plist-get params :position)))
          (e2e-check (format "%s: position is UTF-16 character %d" name want-char)
                     (and (eq (plist-get pos :line) line) (eq (plist-get pos :character) want-char)) pos)
          (if pending-hover
              (e2e-skip (format "%s names %s" name (e2e-get h 'contains)) pending-hover)
            (let* ((raw (condition-case err
                            (jsonrpc-request server :textDocument/hover params :timeout e2e-timeout)
                          (error (list :error err))))
                   (contents (plist-get raw :contents))
                   (value (cond ((stringp contents) contents)
                                ((plist-get contents :value))
                                (t (format "%S" contents))))
                   (rendered :none))
              ;; What the user would see: the Eldoc backend Eglot installs.
              (eglot-hover-eldoc-function (lambda (info &rest _) (setq rendered info)))
              (e2e-wait (lambda () (not (eq rendered :none))) 5)
              (e2e-check (format "%s names %s" name (e2e-get h 'contains))
                         (and (not (plist-get raw :error)) (stringp value)
                              (string-search (e2e-get h 'contains) value)
                              (stringp rendered)
                              (string-search (e2e-get h 'contains) (substring-no-properties rendered)))
                         (list :value value :eldoc rendered :raw raw)))))))
    ;; 5. Shutdown.  `eglot-shutdown' sends shutdown and exit but then deletes the
    ;; process at once (SIGKILL), which hides the server's exit code; so send the same
    ;; two messages over Eglot's own connection and let the server exit by itself.
    (let ((proc (jsonrpc--process server)))
      ;; (Eglot sends "params": null with both messages.)
      (let ((answer (condition-case err
                        (list :result (jsonrpc-request server :shutdown nil :timeout e2e-timeout))
                      (error (list :error err)))))
        (e2e-check "shutdown answered with null"
                   (and (plist-member answer :result) (null (plist-get answer :result)))
                   answer))
      (jsonrpc-notify server :exit nil)
      (e2e-check "server exits 0 after shutdown/exit"
                 (and (e2e-wait (lambda () (not (process-live-p proc))) 5)
                      (eq (process-status proc) 'exit)
                      (eq (process-exit-status proc) 0))
                 (list :status (process-status proc) :code (process-exit-status proc))))
    ;; 6. The settings juesuan-mode sends are well-formed: no warning in the server's log.
    (let ((name "juesuan-mode's initializationOptions are accepted (no warning in the server log)"))
      (if (not is-juesuan)
          (e2e-skip name "not juesuan-ls")
        (let ((log (if (file-readable-p server-log)
                       (with-temp-buffer (insert-file-contents server-log) (buffer-string))
                     "")))
          (e2e-check name (and (string-search "initialized:" log)
                               (not (string-search "initializationOptions:" log)))
                     log))))))

(let ((code (condition-case err
                (progn (e2e-main) (if (= e2e-failures 0) 0 1))
              (error (e2e-out "FAIL" "driver crashed" err) 2))))
  (kill-emacs code))
