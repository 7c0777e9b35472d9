curl --request POST \
  --url https://api.example.com/raw \
  --header 'content-type: application/json' \
  --data-raw ' foo/bar 
'
