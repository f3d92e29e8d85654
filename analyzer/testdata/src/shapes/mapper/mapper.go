// Package mapper derives the HTTP status from the code in Go, as many // want package:"constructs"
// services do: Error.StatusCode switches over the code (a mapper, by
// config), statusByCode is a map literal (by config), StatusOf a function
// by directive.
package mapper

// Error carries only a code; its status comes from StatusCode.
type Error struct { // want Error:"mapper\\(\\(\\*Error\\).StatusCode default=500 cases=7\\)"
	code int
	msg  string
}

// New is a configured code-only constructor.
func New(code int, msg string) *Error { return &Error{code, msg} }

func (e *Error) Error() string { return e.msg }

// Code is the accessor the mapper switches over.
func (e *Error) Code() int { return e.code }

// The code symbols: variables initialized by constructions.
var (
	NotFound     = New(40400001, "not found")     // want NotFound:"code\\(40400001\\)"
	Forbidden    = New(40300001, "forbidden")     // want Forbidden:"code\\(40300001\\)"
	NotLoggedIn  = New(40100001, "not logged")    // want NotLoggedIn:"code\\(40100001\\)"
	TokenInvalid = New(40100002, "token invalid") // want TokenInvalid:"code\\(40100002\\)" `error code 40100002 \(registered with 401\) has no case in \(\*Error\).StatusCode, whose default status is 500`
)

const dbError = 50000005

// StatusCode is the code-to-status table in code. Each case is checked
// where it is written; the default is what every other code gets.
func (e *Error) StatusCode() int {
	switch e.Code() {
	case NotFound.Code():
		return 404
	case Forbidden.Code():
		return 401 // want `status 401 does not match error code 40300001 \(registered with 403\)`
	case NotLoggedIn.code, 40100003:
		return 401
	case 40400099: // want `error code 40400099 is not registered in the catalog`
		return 404
	case dbError:
		return 500
	case 0:
		return 200 // a success code: not reported
	default:
		return 500
	}
}

// statusByCode is the same table as a map literal: each entry is checked.
var statusByCode = map[int]int{
	40400001:          404,
	40300001:          401, // want `status 401 does not match error code 40300001 \(registered with 403\)`
	dbError:           500,
	TokenInvalid.code: 401,
}

// Other has its mapper declared by directive, as a function of an Other.
type Other struct{ Code int } // want Other:"mapper\\(StatusOf default=400 cases=1\\)"

// StatusOf maps Other's codes; it returns 400 for the rest.
//
//errcodecheck:mapper
func StatusOf(o Other) int {
	switch o.Code {
	case 40100002:
		return 400 // want `status 400 does not match error code 40100002 \(registered with 401\)`
	}
	return 400
}

// Nothing has a mapper directive but no switch to check: reported, not a
// silent no-op.
//
//errcodecheck:mapper // want `errcodecheck:mapper on Nothing: it has no switch whose cases are constant codes returning constant statuses`
func Nothing(code int) int { return 500 }

// Args has arguments after the directive, which takes none.
//
//errcodecheck:mapper strict // want `malformed errcodecheck:mapper directive: it takes no arguments, got "strict"`
func Args(code int) int {
	switch code {
	case 40400001:
		return 404
	}
	return 500
}

//errcodecheck:mapper // want `errcodecheck:mapper on notMap: it is not a map literal from constant codes to constant statuses`
var notMap = []int{404}

func constructions() {
	_ = New(40400001, "")      // has a case: checked there
	_ = New(50000001, "")      // no case, and the default 500 fits
	_ = New(40100002, "")      // want `error code 40100002 \(registered with 401\) has no case in \(\*Error\).StatusCode, whose default status is 500`
	_ = &Error{code: 40100002} // not a configured construction
}
