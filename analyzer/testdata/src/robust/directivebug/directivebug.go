// Package directivebug has constructor directives followed by a comment // want package:"constructs"
// on the same line, which //errcodecheck:ignore allows ("A trailing
// "// ..." comment is not part of the reason"). Regression: the
// constructor directive read "//" and what follows as arguments.
package directivebug

//errcodecheck:constructor status=s code=c // the shared constructor
func New(s, c int) error { return nil } // want New:"constructor\\(status=arg0 code=arg1\\)"

//errcodecheck:constructor status=s // want `malformed errcodecheck:constructor directive: code=PARAM is required`
func NoCode(s, c int) {}

func f() {
	_ = New(400, 40100002) // want `status 400 does not match error code 40100002 \(registered with 401\)`
}
