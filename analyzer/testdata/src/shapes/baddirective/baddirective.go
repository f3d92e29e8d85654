// Package baddirective holds constructor directives whose parameters can // want package:"constructs"
// never hold the value, or name one parameter twice: each is reported,
// never a silent no-op. The good ones beside them work.
package baddirective

//errcodecheck:constructor status=s code=c // want `malformed errcodecheck:constructor directive: parameter c has type any, which can never hold a constant integer`
func Any(s int, c any) {}

//errcodecheck:constructor status=s code=c // want `malformed errcodecheck:constructor directive: parameter s has type string, which can never hold a constant integer`
func StrStatus(s string, c int) {}

//errcodecheck:constructor status=c code=c // want `malformed errcodecheck:constructor directive: status and code are the same parameter c`
func Same(c int) {}

//errcodecheck:constructor code=c message=m // want `malformed errcodecheck:constructor directive: parameter m has type int, which can never hold a constant string`
func IntMsg(c, m int) {}

//errcodecheck:constructor status=s code=c default-status=200 // want `malformed errcodecheck:constructor directive: default-status applies only to a variadic or absent status parameter`
func NotVariadic(s, c int) {}

//errcodecheck:constructor code=c default-status=OK // want `malformed errcodecheck:constructor directive: default-status wants an HTTP status \(100-599\), got "OK"`
func BadDefault(c int) {}

//errcodecheck:constructor code=-5 // want `malformed errcodecheck:constructor directive: code -5 is negative`
func NegCode() {}

//errcodecheck:constructor message=m // want `malformed errcodecheck:constructor directive: code=PARAM is required \(or code=NNN for a constructor that always builds one code\)`
func NoCode(m string) {}

// Good: a code of a named integer type, a variadic status with a
// default, an absent status with a default.

type Code uint32

//errcodecheck:constructor status=s code=c
func Named(s int, c Code) {} // want Named:"constructor\\(status=arg0 code=arg1\\)"

//errcodecheck:constructor code=c status=s default-status=200
func Variadic(c Code, s ...int) {} // want Variadic:"constructor\\(status=arg1 default-status=200 code=arg0\\)"

//errcodecheck:constructor code=c default-status=200
func Absent(c int) {} // want Absent:"constructor\\(default-status=200 code=arg0\\)"

func use() {
	Named(400, 40100002)    // want `status 400 does not match error code 40100002 \(registered with 401\)`
	Variadic(40100002)      // want `error code 40100002 \(registered with 401\) used with Variadic without a status, which defaults to 200`
	Variadic(40100002, 401) // good
	Absent(40000001)        // want `error code 40000001 \(registered with 400\) used with Absent without a status, which defaults to 200`
	Absent(0)               // a success code
	Any(400, 40100002)      // no constructor: its directive was reported
}
