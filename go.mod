module github.com/errcodecheck/errcodecheck

go 1.26
