package store // want package:"constructs"

// Package store produces codes directly, through an error variable, a
// wrapper, apierr's Unauthorized and its own unexported functions.

import "inventory/apierr"

var ErrMissing = apierr.New(404, 40400001, "") // want ErrMissing:"code\\(40400001\\)"

// Get: a construction, the variable, and apierr.Unauthorized's code.
func Get(id string) error { // want Get:"codes\\(40000001 40100001 40400001\\)"
	if id == "" {
		return apierr.New(400, 40000001, "")
	}
	if id == "me" {
		return apierr.Unauthorized()
	}
	return ErrMissing
}

type Store struct{}

// Load calls load, declared after it.
func (s *Store) Load() error { // want Load:"codes\\(40400002\\)"
	return load()
}

func load() error { // unexported: no fact, its callers here get its codes
	return apierr.NotFound(40400002)
}

// Loader is called through an interface: its callees are not known.
type Loader interface{ Load() error }

func Through(l Loader) error { return l.Load() }

// Recursion settles.
func Ping(n int) error { // want Ping:"codes\\(40900001\\)"
	if n == 0 {
		return apierr.New(409, 40900001, "")
	}
	return Pong(n - 1)
}

func Pong(n int) error { return Ping(n) } // want Pong:"codes\\(40900001\\)"
