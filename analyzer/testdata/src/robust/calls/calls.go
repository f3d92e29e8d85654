// Package calls calls constructors in every syntactic form. // want package:"constructs"
package calls

type T struct{}

func (T) Fail(httpCode, errorCode int) {}

func (*T) PFail(httpCode, errorCode int) {}

// Failer's method is a constructor by its parameter names.
type Failer interface {
	Fail(httpCode, errorCode int)
}

func NewError(httpCode, errorCode int, msg string) error { return nil }

// NewV has a variadic tail after the status and code.
func NewV(httpCode, errorCode int, args ...any) error { return nil }

// NewCodes takes its codes variadically: no integer code parameter, not a
// constructor.
func NewCodes(httpCode int, errorCode ...int) error { return nil }

func triple() (int, int, string) { return 400, 40100002, "" } // want triple:"results\\(400,40100002,_\\)"

func calls(t T, pt *T, f Failer, args []any, codes []int) {
	t.Fail(400, 40100002)                                     // want `status 400 does not match error code 40100002 \(registered with 401\)`
	pt.PFail(400, 40100002)                                   // want `status 400 does not match error code 40100002 \(registered with 401\)`
	T.Fail(t, 400, 40100002)                                  // want `status 400 does not match error code 40100002 \(registered with 401\)`
	(*T).PFail(pt, 400, 40100002)                             // want `status 400 does not match error code 40100002 \(registered with 401\)`
	(*T).Fail(pt, 400, 40100002)                              // want `status 400 does not match error code 40100002 \(registered with 401\)`
	(T.Fail)(t, 400, 40100002)                                // want `status 400 does not match error code 40100002 \(registered with 401\)`
	f.Fail(400, 40100002)                                     // want `status 400 does not match error code 40100002 \(registered with 401\)`
	Failer.Fail(f, 400, 40100002)                             // want `status 400 does not match error code 40100002 \(registered with 401\)`
	(NewError)(400, 40100002, "")                             // want `status 400 does not match error code 40100002 \(registered with 401\)`
	defer NewError(400, 40100002, "")                         // want `status 400 does not match error code 40100002 \(registered with 401\)`
	go NewError(400, 40100002, "")                            // want `status 400 does not match error code 40100002 \(registered with 401\)`
	_ = NewV(400, 40100002)                                   // want `status 400 does not match error code 40100002 \(registered with 401\)`
	_ = NewV(400, 40100002, 1, "x")                           // want `status 400 does not match error code 40100002 \(registered with 401\)`
	_ = func() error { return NewError(400, 40100002, "") }() // want `status 400 does not match error code 40100002 \(registered with 401\)`

	// Method values and function values: the callee is not known.
	m := t.Fail
	m(400, 40100002)
	fn := NewError
	_ = fn(400, 40100002, "")

	// f(a, b, args...): the arguments before the variadic parameter are
	// where the signature says (regression: they were not read).
	_ = NewV(400, 40100002, args...) // want `status 400 does not match error code 40100002 \(registered with 401\)`
	_ = NewCodes(400, codes...)
	_ = NewCodes(400, 40100002)

	// f(g()) with a multi-value g whose results are constant: each of
	// its rows is checked.
	_ = NewError(triple()) // want `status 400 does not match error code 40100002 \(registered with 401\), as returned by triple`
}
