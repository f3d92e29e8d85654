// Package mapperonly declares a mapper by directive and constructs // want package:"constructs"
// nothing: its table is checked all the same.
package mapperonly

// statusOf is the service's table from code to status.
//
//errcodecheck:mapper
var statusOf = map[int]int{
	40400001: 404,
	40100002: 400, // want `status 400 does not match error code 40100002 \(registered with 401\)`
}

// Status switches over the code.
//
//errcodecheck:mapper
func Status(code int) int {
	switch code {
	case 40300001:
		return 404 // want `status 404 does not match error code 40300001 \(registered with 403\)`
	}
	return 500
}
