// Package apierr constructs the API's errors.
package apierr

// New is the configured-by-name constructor.
func New(httpCode, errorCode int, msg string) error { return nil }

// NotFound is a wrapper: its callers' codes are theirs.
func NotFound(code int) error { return New(404, code, "not found") }

// Unauthorized has a code of its own.
func Unauthorized() error { return New(401, 40100001, "未登录") }
