// Package conflict has a function that builds errors with different fixed // want package:"constructs"
// statuses from one code parameter. No status is fixed for its callers:
// it is a code-only wrapper. (A regression test: the first construction
// found used to decide, and Fail was taken to fix status 404.)
package conflict

func NewError(httpCode, errorCode int, msg string) error { return nil }

func Fail(notFound bool, code int) error { // want Fail:"wrapper\\(code=arg1\\)"
	if notFound {
		return NewError(404, code, "")
	}
	return NewError(400, code, "")
}

// Either forwards its status in one construction and fixes it in the
// other: code-only too.
func Either(fixed bool, status, code int) error { // want Either:"wrapper\\(code=arg2\\)"
	if fixed {
		return NewError(500, code, "")
	}
	return NewError(status, code, "")
}

// Messages forwards one of two messages: no message position for its
// callers, the fixed status kept.
func Messages(first bool, a, b string, code int) error { // want Messages:"wrapper\\(status=400 code=arg3\\)"
	if first {
		return NewError(400, code, a)
	}
	return NewError(400, code, b)
}
