// Package svc uses the constructor that only the config flag names. // want package:"constructs" package:"statuses\\(400199:400=1\\)"
package svc

import "nogo/apierr"

func Errors() []error {
	return []error{
		apierr.Make(404, 410108),
		apierr.Make(400, 410108), // want `status 400 does not match error code 410108 \(registered with 404\)`
		apierr.Make(400, 400199), // want `error code 400199 is not registered in the catalog`
	}
}
