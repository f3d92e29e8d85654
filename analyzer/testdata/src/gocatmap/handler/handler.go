package handler // want package:"catalog\\(10001=404 10002=400 10003=418\\)" package:"constructs" package:"statuses\\(10009:400=1\\)"

import "gocatmap/code"

func Get(id int) error {
	switch id {
	case 0:
		return code.New(404, code.CodeUserNotFound)
	case 1:
		return code.New(404, code.CodeBadName) // want `status 404 does not match error code 10002 \(registered with 400\)`
	}
	return code.New(400, 10009) // want `error code 10009 is not registered`
}
