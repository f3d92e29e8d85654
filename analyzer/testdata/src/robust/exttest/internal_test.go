package exttest

import "testing"

func TestInternal(t *testing.T) {
	_ = NewError(400, 40100003, "") // want `status 400 does not match error code 40100003 \(registered with 401\)`
	_ = BadRequest(40100004)        // want `error code 40100004 \(registered with 401\) used with BadRequest, which fixes status 400`
}
