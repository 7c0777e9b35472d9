# wget exits with 8 when the server answers with an error status, whose body is printed all the same.
wget --no-verbose --server-response --content-on-error --output-document=- \
  --method=DELETE \
  'https://api.example.com/items?dryRun&empty=&verbose&tag=a%20b&verbose' || [ $? -eq 8 ]
