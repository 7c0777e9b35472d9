curl --request PURGE \
  --url http://cache.example.com:8080/page
