module example.com/discovered

go 1.26
