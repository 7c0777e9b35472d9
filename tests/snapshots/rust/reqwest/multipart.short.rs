let form = Form::new()
    .text("description", "Q3 report; it's \"final\", 100% & done\nsecond line é")
    .part(
        "report",
        Part::file("{reportPath}")?
            .file_name("report.pdf")
            .mime_str("application/pdf")?,
    )
    .part(
        "logo",
        Part::file("{logoPath}")?
            .mime_str("application/octet-stream")?,
    )
    .text("note", "");

let client = Client::new();
let response = client
    .post("https://api.example.com/v1/upload?dryRun")
    .header("accept", "application/json")
    .multipart(form)
    .send()?;

println!("{}", response.status());
println!("{}", response.text()?);
