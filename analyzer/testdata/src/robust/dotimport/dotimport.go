// Package dotimport calls a constructor and a wrapper through a dot-import. // want package:"constructs"
package dotimport

import . "robust/dotimport/lib"

func f() {
	_ = NewError(401, 40100002, "")
	_ = NewError(400, 40100002, "") // want `status 400 does not match error code 40100002 \(registered with 401\)`
	_ = NotFound(40400001)
	_ = NotFound(40100002) // want `error code 40100002 \(registered with 401\) used with NotFound, which fixes status 404`
}
