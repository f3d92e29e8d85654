// Package generics declares generic constructors, structs and wrappers. // want package:"constructs"
package generics

// NewT is generic in a parameter that is neither status nor code.
func NewT[T any](httpCode, errorCode int, data T) error { return nil }

// NewS takes its status as a type parameter constrained to ~int.
func NewS[S ~int](httpCode S, errorCode int) error { return nil }

// E is a generic struct with integer status and code fields.
type E[T any] struct {
	HTTPCode, ErrorCode int
	Data                T
}

// F has status and code fields of a type parameter constrained to ~int.
type F[C ~int] struct {
	HTTPCode  C
	ErrorCode C
}

// Resp has a constructor method.
type Resp[T any] struct{}

func (r Resp[T]) Fail(httpCode, errorCode int) {}

type Status int

func good() {
	_ = NewT(401, 40100002, "x")
	_ = NewT[int](401, 40100002, 1)
	_ = E[string]{HTTPCode: 401, ErrorCode: 40100002}
	_ = &E[[]byte]{401, 40100002, nil}
	Resp[int]{}.Fail(401, 40100002)
}

func bad() {
	_ = NewT(400, 40100002, "x")                       // want `status 400 does not match error code 40100002 \(registered with 401\)`
	_ = NewT[struct{}](400, 40100002, struct{}{})      // want `status 400 does not match error code 40100002 \(registered with 401\)`
	_ = E[string]{HTTPCode: 400, ErrorCode: 40100002}  // want `status 400 does not match error code 40100002 \(registered with 401\)`
	_ = []E[int]{{HTTPCode: 400, ErrorCode: 40100002}} // want `status 400 does not match error code 40100002 \(registered with 401\)`
	_ = &E[[]byte]{400, 40100002, nil}                 // want `status 400 does not match error code 40100002 \(registered with 401\)`
	Resp[int]{}.Fail(400, 40100002)                    // want `status 400 does not match error code 40100002 \(registered with 401\)`
	Resp[string].Fail(Resp[string]{}, 400, 40100002)   // want `status 400 does not match error code 40100002 \(registered with 401\)`

	// Regression: a type parameter constrained to ~int counts as an
	// integer for the heuristics.
	_ = NewS(400, 40100002)                        // want `status 400 does not match error code 40100002 \(registered with 401\)`
	_ = NewS[Status](400, 40100002)                // want `status 400 does not match error code 40100002 \(registered with 401\)`
	_ = F[int]{HTTPCode: 400, ErrorCode: 40100002} // want `status 400 does not match error code 40100002 \(registered with 401\)`
}

// Wrap is a generic wrapper.
func Wrap[T any](code int, data T) error { // want Wrap:"wrapper\\(status=404 code=arg0\\)"
	return NewT(404, code, data)
}

// inGeneric constructs inside a generic function.
func inGeneric[T any](v T) {
	_ = NewT(400, 40100002, v) // want `status 400 does not match error code 40100002 \(registered with 401\)`
	_ = Wrap(40100002, v)      // want `error code 40100002 \(registered with 401\) used with Wrap, which fixes status 404`
}
