# wget exits with 8 when the server answers with an error status, whose body is printed all the same.
wget --no-verbose --server-response --content-on-error --output-document=- \
  --method=PURGE \
  http://cache.example.com:8080/page || [ $? -eq 8 ]
