// Package orders is checked against its module's catalog. // want package:"constructs" package:"statuses\\(520405:404=1 40000001:400=1\\)"
// That is ErrorCode.md at the module root, found with no configuration.
package orders

// Fail answers an error; recognized by its parameter names.
func Fail(httpCode, errorCode int, msg string) error { return nil }

func handlers() []error {
	return []error{
		Fail(400, 520001, "order id is missing"),
		Fail(404, 520404, "order not found"),
		Fail(400, 520409, "order already paid"),          // want `status 400 does not match error code 520409 \(registered with 409\)`
		Fail(404, 520405, "order deleted"),               // want `error code 520405 is not registered in the catalog`
		Fail(400, 40000001, "from the embedded catalog"), // want `error code 40000001 is not registered`
	}
}
