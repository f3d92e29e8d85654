// Package api declares configured constructors. // want package:"constructs"
package api

// Failer's Fail is configured.
type Failer interface {
	Fail(status, code int)
}

// Ctx embeds Failer: its Fail is Failer's.
type Ctx interface {
	Failer
	Other(s, c int) // no heuristic names: not a constructor either way
}

// Impl implements Failer; its own Fail is not configured.
type Impl struct{}

func (Impl) Fail(s, c int) {} // no heuristic names: not a constructor either way

// New is configured with the code first.
func New(code, status int) error { return nil }

// Resp is a configured struct.
type Resp struct{ S, C int }

// NewError would be a constructor by its parameter names, but heuristics
// are off here.
func NewError(httpCode, errorCode int, msg string) error { return nil }

// Wrap forwards to a configured constructor: a wrapper.
func Wrap(code int) error { // want Wrap:"wrapper\\(status=412 code=arg0\\)"
	return New(code, 412)
}
