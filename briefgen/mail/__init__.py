"""E-mail: a brief as a MIME message, written as a draft (.eml) or sent over SMTP."""
