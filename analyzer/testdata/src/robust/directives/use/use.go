package use // want package:"constructs"

import "robust/directives/lib"

func f(t *lib.T) {
	_ = lib.CodeOnly(40000001)
	_ = lib.CodeOnly(40000099)     // want `error code 40000099 is not registered in the catalog`
	_ = lib.Tabs(400, 40100002)    // want `status 400 does not match error code 40100002 \(registered with 401\)`
	t.Fail("", 50000001)           // want `error code 50000001 \(registered with 500\) used with Fail, which fixes status 503`
	_ = lib.Generic(400, 40100002) // want `status 400 does not match error code 40100002 \(registered with 401\)`
	_ = lib.Wrapped(40000099)      // want `error code 40000099 is not registered in the catalog`
	lib.NotOurs(40000099)
	lib.NoCode(400, 40100002)
}
