// Package use constructs mapper.Errors in another package: the mapper's // want package:"constructs"
// cases and default come with a fact on the type.
package use

import "shapes/mapper"

var (
	_ = mapper.New(40400001, "") // a case
	_ = mapper.New(50000002, "") // the default fits
	_ = mapper.New(40000001, "") // want `error code 40000001 \(registered with 400\) has no case in \(\*Error\).StatusCode, whose default status is 500`
	_ = mapper.New(0, "")        // success
	_ = mapper.NotFound
)
