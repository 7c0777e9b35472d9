http --ignore-stdin --print=hb DELETE 'https://api.example.com/items?dryRun&empty=&verbose&tag=a%20b&verbose'
