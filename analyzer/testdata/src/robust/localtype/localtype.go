// Package localtype declares its only heuristic struct inside a function: // want package:"constructs"
// a package-level scan for constructors would miss it.
package localtype

func f() {
	type apiError struct {
		HTTPCode, ErrorCode int
	}
	_ = apiError{401, 40100002}
	_ = apiError{400, 40100002} // want `status 400 does not match error code 40100002 \(registered with 401\)`
}
