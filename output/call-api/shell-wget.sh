# wget exits with 8 when the server answers with an error status, whose body is printed all the same.
wget --no-verbose --server-response --content-on-error --output-document=- \
  --header='authorization: Bearer {accessToken}' \
  --header='content-type: application/json' \
  https://myapi.com/api || [ $? -eq 8 ]
