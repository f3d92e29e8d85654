module example.com/fallback

go 1.26
