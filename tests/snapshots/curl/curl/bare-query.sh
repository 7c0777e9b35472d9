curl --request DELETE \
  --url 'https://api.example.com/items?dryRun&empty=&verbose&tag=a%20b&verbose'
