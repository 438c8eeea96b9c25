;;; juesuan-mode.el --- major mode for 部门决算公开 drafts, checked by juesuan-ls  -*- lexical-binding: t -*-

;; Works with Emacs 28+ and Eglot 1.9+ (Debian 12: emacs + elpa-eglot).

;;; Commentary:

;; `juesuan-mode' is a small text mode for drafts of 部门决算公开 reports.  It
;; highlights table markers (公开01表), subject codes (2010101), amounts and
;; 合计/总计 rows, and registers the juesuan-ls language server with Eglot.
;;
;; A file opens in `juesuan-mode' when its name ends in .juesuan.txt or
;; .juesuan.md, or when it is a .txt/.md file whose first 8 KiB contain
;; 部门决算, 单位决算, 决算公开 or 收入支出决算总表.
;;
;; Install (see README.md):
;;   (add-to-list 'load-path "/path/to/editors/emacs")
;;   (require 'juesuan-mode)
;;   (add-hook 'juesuan-mode-hook #'eglot-ensure)   ; start the server automatically

;;; Code:

(require 'eglot)

(defgroup juesuan nil
  "Drafts of 部门决算公开 reports, checked by juesuan-ls."
  :group 'text
  :prefix "juesuan-")

(defcustom juesuan-ls-program "juesuan-ls"
  "The juesuan-ls executable: a name on `exec-path' or a full path."
  :type 'string)

(defcustom juesuan-ls-arguments nil
  "Extra arguments for juesuan-ls, e.g. (\"--log-file\" \"/tmp/juesuan.log\")."
  :type '(repeat string))

(defcustom juesuan-locale "zh"
  "Language of diagnostics and hovers: \"zh\" or \"en\"."
  :type '(choice (const "zh") (const "en")))

(defcustom juesuan-disabled-rules nil
  "Rule codes that never report, e.g. (\"T06-4\")."
  :type '(repeat string))

(defcustom juesuan-severity-overrides nil
  "Alist of (RULE-CODE . SEVERITY).\nSEVERITY is one of error, warning, information, hint, off."
  :type '(alist :key-type string
                :value-type (choice (const "error") (const "warning")
                                    (const "information") (const "hint")
                                    (const "off"))))

(defcustom juesuan-catalog-files nil
  "Extra subject-code catalogue files (TSV: code, name)."
  :type '(repeat file))

(defcustom juesuan-report-rounding nil
  "Non-nil: also report differences explained by rounding (尾数误差) as Information."
  :type 'boolean)

(defconst juesuan-report-markers '("部门决算" "单位决算" "决算公开" "收入支出决算总表")
  "A .txt/.md file whose first 8 KiB contain one of these is a draft.")

(defun juesuan-settings ()
  "The server settings as a plist that Eglot serialises to a JSON object."
  (let ((overrides (make-hash-table :test #'equal)))
    (dolist (pair juesuan-severity-overrides)
      (puthash (car pair) (cdr pair) overrides))
    (list :locale juesuan-locale
          :disabledRules (vconcat juesuan-disabled-rules)
          :severityOverrides overrides
          :catalogFiles (vconcat (mapcar #'expand-file-name juesuan-catalog-files))
          :reportRounding (if juesuan-report-rounding t :json-false))))

(defun juesuan-eglot-contact (&optional _interactive)
  "How Eglot starts juesuan-ls (an entry of `eglot-server-programs')."
  `(,juesuan-ls-program ,@juesuan-ls-arguments
    :initializationOptions ,(lambda (_server) (juesuan-settings))))

(defun juesuan-draft-p ()
  "Non-nil when the current buffer (a .txt/.md file) names a 决算 report early on."
  (and buffer-file-name
       (string-match-p "\\.\\(txt\\|md\\)\\'" buffer-file-name)
       (save-excursion
         (save-restriction
           (widen)
           (goto-char (point-min))
           (let ((limit (min (point-max) (+ (point-min) 8192)))
                 (found nil))
             (dolist (marker juesuan-report-markers found)
               (save-excursion
                 (when (search-forward marker limit t) (setq found t)))))))))

(defvar juesuan-font-lock-keywords
  `(;; table markers: 公开01表, 公开 02 表
    ("公开[[:space:]]*[0-9]\\{2\\}[[:space:]]*表?" . font-lock-keyword-face)
    ;; part headings: 第一部分 …
    ("^[#[:space:]]*第[一二三四五六七八九十]+部分.*$" . font-lock-function-name-face)
    ;; total rows
    ("\\(?:本年收入合计\\|本年支出合计\\|人员经费合计\\|公用经费合计\\|合计\\|总计\\|小计\\)"
     . font-lock-builtin-face)
    ;; subject codes (3, 5 or 7 digits) at the start of a row
    ("^\\([0-9]\\{7\\}\\|[0-9]\\{5\\}\\|[0-9]\\{3\\}\\)\t" 1 font-lock-constant-face)
    ;; amounts
    ("-?[0-9][0-9,]*\\.[0-9]+" . font-lock-string-face))
  "Highlighting for `juesuan-mode'.")

;;;###autoload
(define-derived-mode juesuan-mode text-mode "决算"
  "Major mode for 部门决算公开 drafts; `eglot' runs juesuan-ls on them."
  (setq-local font-lock-defaults '(juesuan-font-lock-keywords t))
  ;; Tables are TAB-separated: show TABs wide enough to keep columns readable.
  (setq-local tab-width 12)
  (setq-local indent-tabs-mode t)
  (setq-local truncate-lines t)
  ;; What workspace/didChangeConfiguration carries: {"juesuan-ls": {...settings}}.
  (setq-local eglot-workspace-configuration
              (lambda (_server) (list :juesuan-ls (juesuan-settings)))))

;;;###autoload
(add-to-list 'auto-mode-alist '("\\.juesuan\\.\\(txt\\|md\\)\\'" . juesuan-mode))
;;;###autoload
(add-to-list 'magic-mode-alist '(juesuan-draft-p . juesuan-mode))
;;;###autoload
(with-eval-after-load 'eglot
  (add-to-list 'eglot-server-programs '(juesuan-mode . juesuan-eglot-contact)))

;;;###autoload
(defun juesuan-apply-settings ()
  "Send the current `juesuan' settings to the running server (no restart)."
  (interactive)
  (eglot-signal-didChangeConfiguration (eglot--current-server-or-lose)))

(provide 'juesuan-mode)
;;; juesuan-mode.el ends here
