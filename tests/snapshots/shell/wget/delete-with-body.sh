# wget exits with 8 when the server answers with an error status, whose body is printed all the same.
wget --no-verbose --server-response --content-on-error --output-document=- \
  --method=DELETE \
  --header='Content-Type: application/json' \
  --body-data='{
  "ids": [
    1,
    2,
    3
  ]
}' \
  https://api.example.com/items || [ $? -eq 8 ]
