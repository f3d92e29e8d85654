// Package wrappers declares a heuristic constructor and functions that wrap // want package:"constructs"
// it. Inferred wrappers get a fact, asserted in want comments, so that the
// callers package recognizes them across the package boundary.
package wrappers

// sprintf, sprint and sscan stand in for fmt's: the package imports
// nothing, to keep loading it (and analyzing its dependencies) cheap.
func sprintf(format string, args ...any) string { return format }

func sprint(v int) string { return "" }

func sscan(s string, p *int) {}

// apiError's lowercase fields match no heuristic: NewError is a
// constructor by its parameter names alone, and gets no fact.
type apiError struct {
	status, code int
	msg          string
}

func (e *apiError) Error() string { return e.msg }

// NewError is the heuristic constructor.
func NewError(httpCode, errorCode int, msg string) error {
	return &apiError{httpCode, errorCode, msg}
}

// Error is a struct recognized by its field names.
type Error struct {
	HTTPCode  int
	ErrorCode int
	Message   string
}

func (e *Error) Error() string { return e.Message }

// BadRequest fixes the status and forwards the message.
func BadRequest(errorCode int, msg string) error { // want BadRequest:"wrapper\\(status=400 code=arg0 message=arg1\\)"
	return NewError(400, errorCode, msg)
}

const statusConflict = 409

// Conflict fixes the status through a named constant.
func Conflict(code int) error { // want Conflict:"wrapper\\(status=409 code=arg0\\)"
	return NewError(statusConflict, code, "")
}

// Forbidden is the first link of a chain that continues in wrappers/inner.
func Forbidden(code int) error { // want Forbidden:"wrapper\\(status=403 code=arg0\\)"
	return NewError(403, code, "")
}

// FromCode derives the status from the code: code-only.
func FromCode(code int) error { // want FromCode:"wrapper\\(code=arg0\\)"
	return NewError(code/100000, code, "")
}

// Reordered forwards every value, in another order.
func Reordered(msg string, status, code int) error { // want Reordered:"wrapper\\(status=arg1 code=arg2 message=arg0\\)"
	return NewError(status, code, msg)
}

// Formatted forwards status and code; the message is built, not forwarded.
func Formatted(status, code int, format string, args ...any) error { // want Formatted:"wrapper\\(status=arg0 code=arg1\\)"
	return NewError(status, code, sprintf(format, args...))
}

// G is a generic wrapper: its fact is on the generic function.
func G[T any](code int, v T) error { // want G:"wrapper\\(status=400 code=arg0\\)"
	_ = v
	return NewError(400, code, "")
}

// Literal wraps through a composite literal of a heuristic struct.
func Literal(code int) *Error { // want Literal:"wrapper\\(status=404 code=arg0\\)"
	return &Error{HTTPCode: 404, ErrorCode: code}
}

// Handler has wrapper methods.
type Handler struct{}

func (h *Handler) Fail(status, code int) error { // want Fail:"wrapper\\(status=arg0 code=arg1\\)"
	return NewError(status, code, "")
}

func (h Handler) NotFound(code int) error { // want NotFound:"wrapper\\(status=404 code=arg0\\)"
	return h.fail(404, code)
}

// fail is unexported: a wrapper in this package only.
func (h Handler) fail(status, code int) error { // want fail:"wrapper\\(status=arg0 code=arg1\\)"
	return NewError(status, code, "")
}

// Box is generic; its method's fact is on the generic method.
type Box[T any] struct{ V T }

func (b Box[T]) Internal(code int) error { // want Internal:"wrapper\\(status=500 code=arg0\\)"
	return NewError(500, code, "")
}

// StatusOnly forwards its parameter as the status only: not a wrapper
// (the code is constant, and checked here).
func StatusOnly(status int) error {
	return NewError(status, 40000001, "")
}

// MessageOnly forwards its parameter as the message only: not a wrapper.
func MessageOnly(msg string) error {
	return NewError(400, 40000001, msg)
}

// Unrelated passes its parameter to a function that is no constructor.
func Unrelated(code int) string {
	return sprint(code)
}

// Reassigned changes its parameter before passing it: not a wrapper.
func Reassigned(code int) error {
	code = code + 1
	return NewError(400, code, "")
}

// Incremented changes its parameter with ++: not a wrapper.
func Incremented(code int) error {
	code++
	return NewError(400, code, "")
}

// OpAssigned changes its parameter with +=: not a wrapper.
func OpAssigned(code int) error {
	code += 2
	return NewError(400, code, "")
}

// TupleAssigned changes its parameter in a tuple assignment: not a wrapper.
func TupleAssigned(code int) error {
	var err error
	code, err = parse()
	_ = err
	return NewError(400, code, "")
}

func parse() (int, error) { return 1, nil }

// AddressTaken lets its parameter escape: not a wrapper.
func AddressTaken(code int) error {
	p := &code
	*p = 7
	return NewError(400, code, "")
}

// Scanned lets a callee write its parameter: not a wrapper.
func Scanned(code int, s string) error {
	sscan(s, &code)
	return NewError(400, code, "")
}

// Shadowed passes a local variable that shadows its parameter: not a
// wrapper.
func Shadowed(code int) error {
	{
		code := code * 10
		return NewError(400, code, "")
	}
}

// TooLarge fixes a status beyond int16: facts carry it whole (a
// regression test: facts once narrowed it to -25536).
func TooLarge(code int) error { // want TooLarge:"wrapper\\(status=40000 code=arg0\\)"
	return NewError(40000, code, "")
}

func local() {
	_ = BadRequest(40000001, "")
	_ = BadRequest(40100002, "") // want `error code 40100002 \(registered with 401\) used with BadRequest, which fixes status 400`
	_ = G(40300001, 1)           // want `error code 40300001 \(registered with 403\) used with G, which fixes status 400`
	_ = Handler{}.NotFound(40400001)
	_ = Handler{}.NotFound(40400099) // want `error code 40400099 is not registered in the catalog`
	_ = Reassigned(40100002)
	_ = TooLarge(40000001) // want `error code 40000001 \(registered with 400\) used with TooLarge, which fixes status 40000$`
}
