# juesuan-ls for Kakoune with kakoune-lsp (kak-lsp) 17 or later.
# Put this file in ~/.config/kak/autoload/ (or `source` it from kakrc) after the
# usual kak-lsp setup:   eval %sh{kak-lsp}
#
# A buffer is a 决算 draft when its name ends in .juesuan.txt / .juesuan.md, or when
# it is a .txt / .md file whose first 8 KiB name a 决算 report (see ../README.md).

hook global BufCreate .*\.juesuan\.(txt|md) %{
    set-option buffer filetype juesuan
}

hook global BufOpenFile .*\.(txt|md) %{
    evaluate-commands %sh{
        case "$kak_buffile" in *.juesuan.txt|*.juesuan.md) exit ;; esac
        if head -c 8192 "$kak_buffile" 2>/dev/null |
           grep -q -E '部门决算|单位决算|决算公开|收入支出决算总表'; then
            echo 'set-option buffer filetype juesuan'
        fi
    }
}

hook global WinSetOption filetype=juesuan %{
    set-option window tabstop 8
    set-option buffer lsp_servers %{
        [juesuan-ls]
        command = "juesuan-ls"
        root_globs = [".git", ".hg"]
        settings_section = "juesuan-ls"
        [juesuan-ls.settings.juesuan-ls]
        locale = "zh"
        disabledRules = []
        severityOverrides = {}
        catalogFiles = []
        reportRounding = false
    }
    lsp-enable-window
    lsp-inlay-diagnostics-enable window
}
