// Package ifaceonly declares no function and no struct: only an interface // want package:"constructs"
// whose method is a constructor by its parameter names.
package ifaceonly

type Failer interface {
	Fail(httpCode, errorCode int)
}

func f(x Failer) {
	x.Fail(401, 40100002)
	x.Fail(400, 40100002) // want `status 400 does not match error code 40100002 \(registered with 401\)`
}
