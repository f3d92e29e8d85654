// Package codes binds request errors to constant pairs, in a package of
// their own: callers elsewhere know the pairs by a fact.
package codes

const (
	InvalidParams = 40000001
	NotLoggedIn   = 40100001
	Forbidden     = 40300001
)

// Bind returns the status and code of a failed bind: every return is a
// constant pair.
func Bind(kind string) (int, int) { // want Bind:"results\\(400,40000001; 401,40100001; 400,40300001\\)"
	switch kind {
	case "query":
		return 400, InvalidParams
	case "auth":
		return 401, NotLoggedIn
	}
	return 400, Forbidden // wrong: 40300001 is registered with 403
}

// Lookup returns a code and an error: only the code is constant, one
// position is not a pair.
func Lookup(ok bool) (int, error) {
	if ok {
		return 0, nil
	}
	return NotLoggedIn, nil
}

// Dynamic returns a status that is not constant: only the code position
// is known, which is not a pair either.
func Dynamic(s int) (int, int) {
	return s, InvalidParams
}

// Mixed has a status constant in every return and a code constant in
// every return, and a string besides.
func Mixed() (status int, msg string, code int) { // want Mixed:"results\\(401,_,40100001\\)"
	return 401, "not logged in", NotLoggedIn
}

// Bare uses a bare return: its results are not read.
func Bare() (status, code int) {
	status, code = 400, InvalidParams
	return
}
