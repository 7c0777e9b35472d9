use std::error::Error;

use reqwest::blocking::Client;

fn main() -> Result<(), Box<dyn Error>> {
    let form = [
        ("scope", "read"),
        ("scope", "write & delete"),
        ("note", "a+b=c 100% 'q' \"dq\" \\ $x #{y} é 😀\nnew line"),
    ];

    let client = Client::new();
    let response = client
        .post("https://api.example.com/form")
        .form(&form)
        .send()?;

    println!("{}", response.status());
    println!("{}", response.text()?);
    Ok(())
}
