// Package handler moves constant statuses and codes through locals and // want package:"constructs"
// function results before constructing errors.
package handler

import (
	"shapes/apierr"
	"shapes/flow/codes"
)

func use(e *apierr.Error) {}

func locals(cond bool) {
	status, code := 400, uint32(40000001)
	use(apierr.New(code, "", status)) // good

	s2, c2 := 400, uint32(40100002)
	use(apierr.New(c2, "", s2)) // want `status 400 does not match error code 40100002 \(registered with 401\)`

	var s3 = 404
	c3 := uint32(40300001)
	alias := c3
	use(apierr.New(alias, "", s3)) // want `status 404 does not match error code 40300001 \(registered with 403\)`

	s4 := 400 // assigned again below: not a constant
	if cond {
		s4 = 401
	}
	use(apierr.New(40100002, "", s4))

	s5 := 400 // address taken: not a constant
	bump(&s5)
	use(apierr.New(40100002, "", s5))

	c6, err := uint32(40100002), error(nil)
	c6, err = 0, nil // reassigned by a later assignment
	_ = err
	use(apierr.New(c6, "", 400))

	for _, s7 := range []int{400, 401} { // a range variable is no constant
		use(apierr.New(40100002, "", s7))
	}
}

func bump(p *int) { *p++ }

// bind is this package's pairs function: all its returns are constant.
func bind(ok bool) (int, uint32) { // want bind:"results\\(401,40100002; 400,40100002\\)"
	if ok {
		return 401, 40100002
	}
	return 400, 40100002
}

func pairs(kind string) {
	s, c := bind(kind == "")
	use(apierr.New(c, "", s)) // want `status 400 does not match error code 40100002 \(registered with 401\), as returned by bind`

	st, code := codes.Bind(kind)          // each pair of another package's function, by its fact
	use(apierr.New(uint32(code), "", st)) // want `status 400 does not match error code 40300001 \(registered with 403\), as returned by Bind`

	ms, _, mc := codes.Mixed()
	use(apierr.New(uint32(mc), "", ms)) // good

	bs, bc := codes.Bare() // bare returns: unknown
	use(apierr.New(uint32(bc), "", bs))

	ds, dc := codes.Dynamic(400) // the status is not constant: only the code is known, and fine
	use(apierr.New(uint32(dc), "", ds))

	lc, _ := codes.Lookup(false) // one constant position is no pair
	use(apierr.New(uint32(lc), "", 400))
}

// f(g()): g's results are f's arguments.
func direct(s int, c uint32) *apierr.Error { return apierr.New(c, "", s) } // want direct:"wrapper\\(status=arg0 code=arg1\\)"

func tuples(kind string) {
	use(direct(loggedOut())) // good
	// Each row is checked, whatever the argument.
	use(direct(bind(false))) // want `status 400 does not match error code 40100002 \(registered with 401\), as returned by bind`
}

func loggedOut() (int, uint32) { return 401, 40100002 } // want loggedOut:"results\\(401,40100002\\)"
