// Package constraints has constructors whose status and code are type // want package:"constructs"
// parameters: constrained to integers (unions, nested interfaces) they
// count for the heuristics; with any other term they do not.
package constraints

type Integer interface{ ~int | ~int32 | int64 }

type Wide interface{ Integer }

type Mixed interface{ ~int | ~string }

type Methods interface{ String() string }

func Union[S ~int | int64](httpCode S, errorCode int) {}

func Nested[S Wide](httpCode S, errorCode int) {}

func NotInt[S Mixed](httpCode S, errorCode int) {}

func NotSet[S Methods](httpCode S, errorCode int) {}

func NotStruct[S interface{ ~int | ~[]int }](httpCode S, errorCode int) {}

func f() {
	Union(400, 40100002)  // want `status 400 does not match error code 40100002 \(registered with 401\)`
	Nested(400, 40100002) // want `status 400 does not match error code 40100002 \(registered with 401\)`
	NotInt(400, 40100002)
	NotSet(st(400), 40100002)
	NotStruct(400, 40100002)
}

type st int

func (st) String() string { return "" }
