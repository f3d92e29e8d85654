// Package cgo has a file that imports "C". go/packages hands the analyzer
// the files cgo generates, whose //line directives point back here.
package cgo

/*
static int status(void) { return 400; }
*/
import "C"

func NewError(httpCode, errorCode int, msg string) error { return nil }

func f() {
	_ = NewError(int(C.status()), 40100002, "")
	_ = NewError(400, 40100002, "") // want `status 400 does not match error code 40100002 \(registered with 401\)`
}

func ignored() {
	_ = NewError(400, 40100004, "") //errcodecheck:ignore the cgo file is ours too

	//errcodecheck:ignore the line above counts in cgo files too
	_ = NewError(400, 40100005, "")

	_ = NewError(400, int(C.int(40100001)), "") // want `status 400 does not match error code 40100001 \(registered with 401\)`
}
