package apierr // want package:"constructs"

// Package apierr constructs errors: New by its parameter names, NotFound
// as an inferred wrapper, Unauthorized with a code of its own.

func New(httpCode, errorCode int, msg string) error { return nil }

func NotFound(code int) error { // want NotFound:"wrapper\\(status=404 code=arg0\\)"
	return New(404, code, "not found")
}

func Unauthorized() error { // want Unauthorized:"codes\\(40100001\\)"
	return New(401, 40100001, "")
}
