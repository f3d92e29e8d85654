// Package misspelled holds directives written almost right. Each was // want package:"constructs"
// silently ignored, switching a constructor or a suppression off without a
// word; each is now a directive diagnostic that says what was meant.
package misspelled

//errcodecheck:constructr status=s code=c // want `directive //errcodecheck:constructr is not recognized \(misspelled\): write //errcodecheck:constructor`
func Typo(s, c int) error { return nil }

// errcodecheck:constructor status=s code=c // want `directive // errcodecheck:constructor is not recognized \(a space after //\): write //errcodecheck:constructor`
func Spaced(s, c int) error { return nil }

//errcodecheck:Constructor status=s code=c // want `directive //errcodecheck:Constructor is not recognized \(capitals\): write //errcodecheck:constructor`
func Capital(s, c int) error { return nil }

//errcodecheck:constructor: status=s code=c // want `directive //errcodecheck:constructor: is not recognized \(a colon after the name\): write //errcodecheck:constructor`
func Colon(s, c int) error { return nil }

/* errcodecheck:constructor status=s code=c */ // want `directive /\* errcodecheck:constructor \*/ is not recognized \(a block comment\): write //errcodecheck:constructor`
func Block(s, c int) error { return nil }

//errcodecheck: constructor status=s code=c // want `directive //errcodecheck: constructor is not recognized \(a space after the colon\): write //errcodecheck:constructor`
func SpaceAfterColon(s, c int) error { return nil }

//ErrCodeCheck:constructor status=s code=c // want `directive //ErrCodeCheck:constructor is not recognized \(capitals\): write //errcodecheck:constructor`
func CapitalPrefix(s, c int) error { return nil }

//errcodecheck:maper // want `directive //errcodecheck:maper is not recognized \(misspelled\): write //errcodecheck:mapper`
func StatusOf(code int) int { return 500 }

//errcodecheck:frobnicate // want `directive //errcodecheck:frobnicate is not recognized: want //errcodecheck:constructor, //errcodecheck:ignore, //errcodecheck:file-ignore, //errcodecheck:mapper or //errcodecheck:used-elsewhere`
func Unknown() {}

// A constructor directive anywhere but a function's doc comment applied
// to nothing.
//
//errcodecheck:constructor status=s code=c // want `//errcodecheck:constructor directive applies to nothing: put it in a function's doc comment`
type T struct{}

// Right is the reference: recognized, with a fact.
//
//errcodecheck:constructor status=s code=c
func Right(s, c int) error { return nil } // want Right:"constructor\\(status=arg0 code=arg1\\)"

func ignores() {
	_ = Right(400, 40100002) //errcodecheck:ignre reason // want `directive //errcodecheck:ignre is not recognized \(misspelled\): write //errcodecheck:ignore` `status 400 does not match`
	_ = Right(400, 40100002) // errcodecheck:ignore reason // want `directive // errcodecheck:ignore is not recognized \(a space after //\): write //errcodecheck:ignore` `status 400 does not match`
	_ = Right(400, 40100002) //errcodecheck:IGNORE reason // want `directive //errcodecheck:IGNORE is not recognized \(capitals\): write //errcodecheck:ignore` `status 400 does not match`
	_ = Right(400, 40100002) //errcodecheck:ignore: reason // want `directive //errcodecheck:ignore: is not recognized \(a colon after the name\): write //errcodecheck:ignore` `status 400 does not match`
	_ = Right(400, 40100002) /* errcodecheck:ignore reason */ // want `directive /\* errcodecheck:ignore \*/ is not recognized \(a block comment\): write //errcodecheck:ignore` `status 400 does not match`
	_ = Right(400, 40100002) //errcodecheck:ignore reason: the right form still works
}

// Comments that only mention the tool are left alone: errcodecheck is a
// linter, and so is errcodecheck's ignore directive.
func mentions() {}

//errcodecheck:file-ignor reasons // want `directive //errcodecheck:file-ignor is not recognized \(misspelled\): write //errcodecheck:file-ignore`
