http --ignore-stdin --print=hb PURGE http://cache.example.com:8080/page
