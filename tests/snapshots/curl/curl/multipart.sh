curl --request POST \
  --url 'https://api.example.com/v1/upload?dryRun' \
  --header 'accept: application/json' \
  --form-string 'description=Q3 report; it'\''s "final", 100% & done
second line é' \
  --form 'report=@{reportPath};type=application/pdf;filename=report.pdf' \
  --form 'logo=@{logoPath};type=application/octet-stream' \
  --form-string note=
