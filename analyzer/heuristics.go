package analyzer

import (
	"go/types"
	"strings"
)

// Naming heuristics: with no configuration at all, constructors are found
// by the names the catalog's own columns suggest. Both a status and a code
// name are required, so that a lone "code" or "status" parameter (common in
// unrelated code) is never taken for an HTTP error.

var (
	statusNames  = []string{"httpCode", "httpStatus", "status", "statusCode", "httpStatusCode"}
	codeNames    = []string{"errorCode", "errCode"}
	messageNames = []string{"message", "msg", "errMsg", "errorMessage"}
)

func statusName(name string) bool  { return oneOf(name, statusNames) }
func codeName(name string) bool    { return oneOf(name, codeNames) }
func messageName(name string) bool { return oneOf(name, messageNames) }

// oneOf reports whether name is one of names, ignoring case. It runs for
// every parameter of every function seen, so it does not allocate.
func oneOf(name string, names []string) bool {
	for _, n := range names {
		if len(n) == len(name) && strings.EqualFold(n, name) {
			return true
		}
	}
	return false
}

func isInteger(t types.Type) bool { return basicIs(t, types.IsInteger) }

func isString(t types.Type) bool { return basicIs(t, types.IsString) }

// basicIs reports whether t is a basic type with info, or a type parameter
// all of whose constraint's terms are (S ~int, C int | int64).
func basicIs(t types.Type, info types.BasicInfo) bool {
	if tp, ok := types.Unalias(t).(*types.TypeParam); ok {
		iface, ok := tp.Constraint().Underlying().(*types.Interface)
		return ok && termsAre(iface, info, 0)
	}
	b, ok := t.Underlying().(*types.Basic)
	return ok && b.Info()&info != 0
}

// termsAre reports whether a constraint interface restricts its type set
// to basic types with info.
func termsAre(iface *types.Interface, info types.BasicInfo, depth int) bool {
	if iface.NumEmbeddeds() == 0 || depth > 8 {
		return false
	}
	for i := range iface.NumEmbeddeds() {
		var terms []types.Type
		switch e := iface.EmbeddedType(i).(type) {
		case *types.Union:
			for j := range e.Len() {
				terms = append(terms, e.Term(j).Type())
			}
		default:
			terms = append(terms, e)
		}
		for _, t := range terms {
			switch u := t.Underlying().(type) {
			case *types.Basic:
				if u.Info()&info == 0 {
					return false
				}
			case *types.Interface:
				if !termsAre(u, info, depth+1) {
					return false
				}
			default:
				return false
			}
		}
	}
	return true
}

// heuristicFuncSpec recognizes func(httpCode, errorCode int, msg string).
func heuristicFuncSpec(sig *types.Signature) *spec {
	params := sig.Params()
	return heuristicSpec(params.Len(), params.At, statusName)
}

// heuristicStructSpec recognizes struct{ HTTPCode, ErrorCode int; Message string }.
// A field named just Status is too common to count.
func heuristicStructSpec(st *types.Struct) *spec {
	return heuristicSpec(st.NumFields(), st.Field, func(name string) bool {
		return statusName(name) && !strings.EqualFold(name, "status")
	})
}

// heuristicSpec finds the status, code and message among n variables
// (parameters or fields); it needs a status and a code.
func heuristicSpec(n int, at func(int) *types.Var, isStatus func(string) bool) *spec {
	if n < 2 {
		return nil
	}
	sp := &spec{status: noArg, code: noArg, message: noArg}
	for i := range n {
		v := at(i)
		switch {
		case sp.status == noArg && isStatus(v.Name()) && isInteger(v.Type()):
			sp.status = i
		case sp.code == noArg && codeName(v.Name()) && isInteger(v.Type()):
			sp.code = i
		case sp.message == noArg && messageName(v.Name()) && isString(v.Type()):
			sp.message = i
		}
	}
	if sp.status == noArg || sp.code == noArg {
		return nil
	}
	return sp
}
