// Package lib declares a constructor and a wrapper used through a dot-import.
package lib

func NewError(httpCode, errorCode int, msg string) error { return nil }

func NotFound(code int) error { // want NotFound:"wrapper\\(status=404 code=arg0\\)"
	return NewError(404, code, "")
}
