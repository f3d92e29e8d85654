// Package lib declares constructors by directive, well and badly formed. // want package:"constructs"
package lib

//errcodecheck:constructor code=c
func CodeOnly(c int) error { return nil } // want CodeOnly:"constructor\\(code=arg0\\)"

//errcodecheck:constructor	status=s	code=c
func Tabs(s, c int) error { return nil } // want Tabs:"constructor\\(status=arg0 code=arg1\\)"

// Fail is a method declared by directive.
//
//errcodecheck:constructor status=503 code=code message=msg
func (*T) Fail(msg string, code int) {} // want Fail:"constructor\\(status=503 code=arg1 message=arg0\\)"

type T struct{}

// Generic is a generic function declared by directive.
//
//errcodecheck:constructor status=s code=c
func Generic[C ~int](s int, c C) error { return nil } // want Generic:"constructor\\(status=arg0 code=arg1\\)"

// Wrapped wraps a directive constructor: a wrapper, with a fact.
func Wrapped(code int) error { // want Wrapped:"wrapper\\(code=arg0\\)"
	return CodeOnly(code)
}

//errcodecheck:constructor status code=c // want `malformed errcodecheck:constructor directive: want key=PARAM, got "status"`
func NoValue(s, c int) {}

//errcodecheck:constructor status= code=c // want `malformed errcodecheck:constructor directive: want key=PARAM, got "status="`
func EmptyValue(s, c int) {}

//errcodecheck:constructor code=c code=c // want `malformed errcodecheck:constructor directive: code given twice`
func Twice(c int) {}

//errcodecheck:constructor status=99 code=c // want `malformed errcodecheck:constructor directive: status 99 is not an HTTP status \(100-599\)`
func LowStatus(c int) {}

//errcodecheck:constructor status=600 code=c // want `malformed errcodecheck:constructor directive: status 600 is not an HTTP status \(100-599\)`
func HighStatus(c int) {}

//errcodecheck:constructor status=s code=c msg=m // want `malformed errcodecheck:constructor directive: unknown key "msg" \(want status, code, message or default-status\)`
func UnknownKey(s, c int, m string) {}

//errcodecheck:constructor code=c // want `malformed errcodecheck:constructor directive: "c" is not a parameter \(the function has none\)`
func NoParams() {}

// The diagnostics of directives can be silenced like any other.
//
//errcodecheck:ignore the directive line must carry no trailing comment here
//errcodecheck:constructor status=s
func NoCode(s, c int) {}

//errcodecheck:constructorx code=c // want `directive //errcodecheck:constructorx is not recognized \(misspelled\): write //errcodecheck:constructor`
func NotOurs(c int) {}

// A directive in a comment that is not the doc comment of a function
// applies to nothing, and says so.
//
//errcodecheck:constructor code=c // want `//errcodecheck:constructor directive applies to nothing: put it in a function's doc comment`
var NotAFunc = 1
