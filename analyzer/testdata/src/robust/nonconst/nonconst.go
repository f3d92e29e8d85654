// Package nonconst passes values the type checker cannot fold: never a // want package:"constructs"
// diagnostic, however wrong the value may be at run time. (A local
// assigned once from a constant is as good as the constant, and checked.)
package nonconst

func NewError(httpCode, errorCode int, msg string) error { return nil }

type APIError struct {
	HTTPCode, ErrorCode int
	Message             string
}

var pkgCode = 40100002

var pkgStatus = 400

func code() int { return 40100002 }

type holder struct{ Code, Status int }

func f(v any, ch chan int, arr [2]int, p *int, m map[string]int, h holder, hs []holder) {
	c := 40100002
	_ = NewError(400, c, "") // want `status 400 does not match error code 40100002 \(registered with 401\)`
	_ = NewError(400, pkgCode, "")
	_ = NewError(400, code(), "")
	_ = NewError(400, h.Code, "")
	_ = NewError(400, hs[0].Code, "")
	_ = NewError(400, m["x"], "")
	_ = NewError(400, arr[1], "")
	_ = NewError(400, *p, "")
	_ = NewError(400, v.(int), "")
	_ = NewError(400, <-ch, "")
	_ = NewError(400, c+0, "")
	_ = NewError(400, int(int64(c)), "") // want `status 400 does not match error code 40100002 \(registered with 401\)`
	_ = NewError(400, func() int { return 40100002 }(), "")
	_ = APIError{HTTPCode: 400, ErrorCode: pkgCode}
	_ = &APIError{pkgStatus, c, ""}

	// A constant code with a non-constant status: only the code is
	// checked.
	_ = NewError(pkgStatus, 40100002, "")
	_ = NewError(h.Status, 40000099, "") // want `^error code 40000099 is not registered in the catalog`
	_ = NewError(h.Status, c, "")
	// A non-constant message is not compared.
	msg := "密码长度小于6位"
	_ = NewError(400, 40000003, msg)
}
