// Package apierr builds the service's errors. Its parameter names match
// no heuristic: only the configuration makes Make a constructor.
package apierr

// Error is an API error.
type Error struct{ S, C int }

func (e *Error) Error() string { return "api error" }

// Make returns an error with HTTP status s and business code c.
func Make(s, c int) error { return &Error{s, c} }
