# wget exits with 8 when the server answers with an error status, whose body is printed all the same.
wget --no-verbose --server-response --content-on-error --output-document=- \
  --method=POST \
  --header='Content-Type: application/json' \
  --body-data='{
  "id": 9007199254740993,
  "ratio": 2.0,
  "__proto__": "kept"
}' \
  https://api.example.com/ids || [ $? -eq 8 ]
