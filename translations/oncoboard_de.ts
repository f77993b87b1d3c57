<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>main</name>
    <message>
        <source>Molecular tumor board review</source>
        <translation>Befundbesprechung in der molekularen Tumorkonferenz</translation>
    </message>
    <message>
        <source>OncoTree code of the tumor.</source>
        <translation>OncoTree-Code des Tumors.</translation>
    </message>
    <message>
        <source>The files of one case (VCF, BCF, MAF, copy number, fusions, clinical table), a folder, or a case database.</source>
        <translation>Die Dateien eines Falls (VCF, BCF, MAF, Kopienzahl, Fusionen, klinische Tabelle), ein Ordner oder eine Falldatenbank.</translation>
    </message>
    <message>
        <source>Open this case of the case database given (its id).</source>
        <translation>Diesen Fall der angegebenen Falldatenbank öffnen (seine ID).</translation>
    </message>
    <message>
        <source>--case takes a case id and one case database
</source>
        <translation>--case erwartet eine Fall-ID und genau eine Falldatenbank
</translation>
    </message>
    <message>
        <source>Language of the window for this run: de, en, es or fr.</source>
        <translation>Sprache des Fensters für diesen Start: de, en, es oder fr.</translation>
    </message>
</context>
<context>
    <name>onco::AnnotationJob</name>
    <message>
        <source>Opening the knowledge base</source>
        <translation>Wissensdatenbank wird geöffnet</translation>
    </message>
    <message>
        <source>Matching evidence</source>
        <translation>Evidenz wird zugeordnet</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Loading canceled</source>
        <translation>Laden abgebrochen</translation>
    </message>
    <message>
        <source>Reading: %L1 records</source>
        <translation>Wird gelesen: %L1 Datensätze</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Wird gelesen</translation>
    </message>
    <message>
        <source>Sorting</source>
        <translation>Wird sortiert</translation>
    </message>
    <message>
        <source>Reading the case</source>
        <translation>Fall wird gelesen</translation>
    </message>
</context>
<context>
    <name>onco::Annotator</name>
    <message>
        <source>unknown OncoTree code &apos;%1&apos;</source>
        <translation>unbekannter OncoTree-Code &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the knowledge base holds no CIViC release</source>
        <translation>die Wissensdatenbank enthält kein CIViC-Release</translation>
    </message>
    <message>
        <source>the knowledge base holds no %1 release</source>
        <translation>die Wissensdatenbank enthält kein %1-Release</translation>
    </message>
    <message>
        <source>%1 %2 has not been imported</source>
        <translation>%1 %2 wurde nicht importiert</translation>
    </message>
    <message>
        <source>an input states the case&apos;s TMB, which is used; this estimate is for comparison only</source>
        <translation>eine Eingabe gibt die TMB des Falls an, die verwendet wird; diese Schätzung dient nur dem Vergleich</translation>
    </message>
    <message>
        <source>tumor type %1 is a retired OncoTree code: read as %2 (%3), which replaces it</source>
        <translation>Tumorentität %1 ist ein zurückgezogener OncoTree-Code: gelesen als %2 (%3), der ihn ersetzt</translation>
    </message>
</context>
<context>
    <name>onco::ApprovalsImporter</name>
    <message>
        <source>no such file</source>
        <translation>Datei nicht vorhanden</translation>
    </message>
    <message>
        <source>not an approvals table: the header needs id, gene, alteration, oncotree_code, therapy, significance, agency and label_reference</source>
        <translation>keine Zulassungstabelle: die Kopfzeile braucht id, gene, alteration, oncotree_code, therapy, significance, agency und label_reference</translation>
    </message>
    <message>
        <source>id &apos;%1&apos; is not APR-NNNN; row skipped</source>
        <translation>id &apos;%1&apos; hat nicht die Form APR-NNNN; Zeile übersprungen</translation>
    </message>
    <message>
        <source>a required field (id, gene, alteration, oncotree_code, therapy) is empty; row skipped</source>
        <translation>ein Pflichtfeld (id, gene, alteration, oncotree_code, therapy) ist leer; Zeile übersprungen</translation>
    </message>
    <message>
        <source>agency &apos;%1&apos; is neither FDA nor EMA; row skipped</source>
        <translation>agency &apos;%1&apos; ist weder FDA noch EMA; Zeile übersprungen</translation>
    </message>
    <message>
        <source>significance &apos;%1&apos; is neither Sensitivity/Response nor Resistance; row skipped</source>
        <translation>significance &apos;%1&apos; ist weder Sensitivity/Response (Ansprechen) noch Resistance (Resistenz); Zeile übersprungen</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an OncoTree %2 code; row skipped</source>
        <translation>&apos;%1&apos; ist kein Code von OncoTree %2; Zeile übersprungen</translation>
    </message>
    <message>
        <source>%1 approval %2: %3 for %4 with %5 %6</source>
        <translation>%1-Zulassung %2: %3 bei %4 mit %5 %6</translation>
    </message>
    <message>
        <source>(date not given)</source>
        <translation>(Datum nicht angegeben)</translation>
    </message>
    <message>
        <source>setting: %1</source>
        <translation>Therapiesituation: %1</translation>
    </message>
    <message>
        <source>companion diagnostic: %1</source>
        <translation>Begleitdiagnostikum: %1</translation>
    </message>
    <message>
        <source>assay: %1</source>
        <translation>Test: %1</translation>
    </message>
</context>
<context>
    <name>onco::CaseBrowser</name>
    <message>
        <source>final, amended</source>
        <translation>endgültig, mit Nachtrag</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>preliminary</source>
        <translation>vorläufig</translation>
    </message>
    <message>
        <source>final</source>
        <translation>endgültig</translation>
    </message>
    <message>
        <source>Search patients and cases...</source>
        <translation>Patient*innen und Fälle suchen...</translation>
    </message>
    <message>
        <source>Patient / case</source>
        <translation>Patient*in / Fall</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Tumor type</source>
        <translation>Tumorentität</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Bewertet</translation>
    </message>
    <message>
        <source>
signed by %1 on %2</source>
        <translation>
freigegeben von %1 am %2</translation>
    </message>
    <message>
        <source>Case %1, version %2</source>
        <translation>Fall %1, Version %2</translation>
    </message>
    <message>
        <source>%1
database id %2 (oncoboard-cli ... --case %2)
created on %3 by %4%5</source>
        <translation>%1
Datenbank-ID %2 (oncoboard-cli ... --case %2)
angelegt am %3 von %4%5</translation>
    </message>
</context>
<context>
    <name>onco::CaseBundle</name>
    <message>
        <source>unknown column &apos;%1&apos; in table %2 of the bundle</source>
        <translation>unbekannte Spalte &apos;%1&apos; in Tabelle %2 des Pakets</translation>
    </message>
    <message>
        <source>not an OncoBoard case bundle (%1)</source>
        <translation>kein OncoBoard-Fallpaket (%1)</translation>
    </message>
    <message>
        <source>the bundle&apos;s checksum does not match its content</source>
        <translation>die Prüfsumme des Pakets passt nicht zu seinem Inhalt</translation>
    </message>
    <message>
        <source>a review refers to alteration %1, which the bundle does not hold</source>
        <translation>eine Bewertung bezieht sich auf Alteration %1, die das Paket nicht enthält</translation>
    </message>
    <message>
        <source>bundle %1 (sha256 %2), %3 audit entries at the source</source>
        <translation>Paket %1 (sha256 %2), %3 Einträge im Prüfprotokoll der Quelle</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number</source>
        <translation>&apos;%1&apos; ist keine Zahl</translation>
    </message>
    <message>
        <source>%1 is not a whole number</source>
        <translation>%1 ist keine ganze Zahl</translation>
    </message>
    <message>
        <source>a text was expected</source>
        <translation>ein Text wurde erwartet</translation>
    </message>
    <message>
        <source>%1 VAF %2 is outside 0-1</source>
        <translation>VAF (%1) %2 liegt außerhalb von 0-1</translation>
    </message>
    <message>
        <source>negative %1 read count</source>
        <translation>negative Read-Anzahl (%1)</translation>
    </message>
    <message>
        <source>more %1 alternative reads (%2) than depth (%3)</source>
        <translation>%1: mehr alternative Reads (%2) als Tiefe (%3)</translation>
    </message>
    <message>
        <source>table %1 of the bundle, %2</source>
        <translation>Tabelle %1 des Pakets, %2</translation>
    </message>
    <message>
        <source>table %1 of the bundle</source>
        <translation>Tabelle %1 des Pakets</translation>
    </message>
    <message>
        <source>%1, column %2: %3</source>
        <translation>%1, Spalte %2: %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>its signature does not match its statement</source>
        <translation>die Signatur passt nicht zur signierten Erklärung</translation>
    </message>
    <message>
        <source>its statement names another key or account</source>
        <translation>die Erklärung nennt einen anderen Schlüssel oder ein anderes Konto</translation>
    </message>
    <message>
        <source>it signs another case</source>
        <translation>sie signiert einen anderen Fall</translation>
    </message>
    <message>
        <source>the report content it carries is not what it signed</source>
        <translation>der mitgeführte Berichtsinhalt ist nicht der signierte</translation>
    </message>
    <message>
        <source>signature %1 of the bundle (%2 by %3) does not hold: %4; nothing was imported</source>
        <translation>Signatur %1 des Pakets (%2 von %3) ist nicht gültig: %4; nichts wurde importiert</translation>
    </message>
    <message>
        <source>%1; nothing was written</source>
        <translation>%1; nichts wurde geschrieben</translation>
    </message>
    <message>
        <source>the bundle&apos;s patient %1 is another person here (a local patient has the same pseudonym but %2): not imported, nothing merged; import it under another pseudonym or into another case database</source>
        <translation>Patient*in %1 des Pakets ist hier eine andere Person (ein lokaler Eintrag hat dasselbe Pseudonym, aber %2): nicht importiert, nichts zusammengeführt; importieren Sie das Paket unter einem anderen Pseudonym oder in eine andere Falldatenbank</translation>
    </message>
    <message>
        <source>the bundle names no patient uid</source>
        <translation>das Paket nennt keine Patienten-UID</translation>
    </message>
    <message>
        <source>another patient uid</source>
        <translation>eine andere Patienten-UID</translation>
    </message>
    <message>
        <source>the pseudonym %1 is taken here too; choose another</source>
        <translation>das Pseudonym %1 ist auch hier vergeben; wählen Sie ein anderes</translation>
    </message>
    <message>
        <source>; patient %1 of the bundle is %2 here (%1 is another patient here)</source>
        <translation>; Patient*in %1 des Pakets heißt hier %2 (%1 ist hier eine andere Person)</translation>
    </message>
</context>
<context>
    <name>onco::CaseLoader</name>
    <message>
        <source>no input files</source>
        <translation>keine Eingabedateien</translation>
    </message>
    <message>
        <source>file not found</source>
        <translation>Datei nicht gefunden</translation>
    </message>
    <message>
        <source>unsupported file (%1): OncoBoard reads VCF/BCF, MAF, copy-number, fusion and clinical tables</source>
        <translation>nicht unterstützte Datei (%1): OncoBoard liest VCF/BCF, MAF sowie Tabellen zu Kopienzahl, Fusionen und klinischen Daten</translation>
    </message>
    <message>
        <source>the folder holds no case files</source>
        <translation>der Ordner enthält keine Falldateien</translation>
    </message>
    <message>
        <source>given by the user</source>
        <translation>manuell angegeben</translation>
    </message>
    <message>
        <source>not read: not a case file (%1)</source>
        <translation>nicht gelesen: keine Falldatei (%1)</translation>
    </message>
    <message>
        <source>%L1 input files: at most %L2 in one run</source>
        <translation>%L1 Eingabedateien: höchstens %L2 in einem Lauf</translation>
    </message>
    <message>
        <source>cannot tell which sample is the tumor (samples: %1); in a cohort each VCF names its tumor in the header (##tumor_sample) or by its sample names</source>
        <translation>es ist nicht erkennbar, welche Probe der Tumor ist (Proben: %1); in einer Kohorte benennt jede VCF ihren Tumor im Header (##tumor_sample) oder über ihre Probennamen</translation>
    </message>
    <message>
        <source>the reference genome is %1 (length of chromosome 1) but the inputs are %2 (%3)</source>
        <translation>das Referenzgenom ist %1 (Länge von Chromosom 1), die Eingaben jedoch %2 (%3)</translation>
    </message>
    <message>
        <source>the reference genome&apos;s chromosome 1 length</source>
        <translation>Länge von Chromosom 1 des Referenzgenoms</translation>
    </message>
    <message>
        <source>the reference genome&apos;s chromosome 1 is not that of GRCh37 or GRCh38: is it the build of the inputs?</source>
        <translation>Chromosom 1 des Referenzgenoms entspricht weder GRCh37 noch GRCh38: ist es die Genomversion der Eingaben?</translation>
    </message>
    <message>
        <source>sample &apos;%1&apos; is in none of the inputs</source>
        <translation>Probe &apos;%1&apos; ist in keiner der Eingaben enthalten</translation>
    </message>
</context>
<context>
    <name>onco::CaseMaintenance</name>
    <message>
        <source>the file exists; nothing was written (choose a new name)</source>
        <translation>die Datei existiert bereits; es wurde nichts geschrieben (wählen Sie einen neuen Namen)</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>der Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>cannot write the file to the disk</source>
        <translation>die Datei kann nicht auf den Datenträger geschrieben werden</translation>
    </message>
    <message>
        <source>the file appeared while it was being written; nothing was written</source>
        <translation>die Datei ist während des Schreibens entstanden; es wurde nichts geschrieben</translation>
    </message>
    <message>
        <source>cannot move the finished file into place</source>
        <translation>die fertige Datei kann nicht an ihren Zielort verschoben werden</translation>
    </message>
    <message>
        <source>the database already holds a case store (schema %1); nothing was changed</source>
        <translation>die Datenbank enthält bereits einen Fallspeicher (Schema %1); es wurde nichts geändert</translation>
    </message>
    <message>
        <source>no such case database</source>
        <translation>Falldatenbank nicht vorhanden</translation>
    </message>
    <message>
        <source>damaged: %1</source>
        <translation>beschädigt: %1</translation>
    </message>
    <message>
        <source>table %1, row %2: refers to a missing row of %3</source>
        <translation>Tabelle %1, Zeile %2: verweist auf eine fehlende Zeile von %3</translation>
    </message>
    <message>
        <source>missing %1 (a guard or table of schema %2)</source>
        <translation>%1 fehlt (ein Schutzmechanismus oder eine Tabelle von Schema %2)</translation>
    </message>
    <message>
        <source>a backup is a file (an SQLite case database); restore it into the server with db restore</source>
        <translation>eine Sicherung ist eine Datei (eine SQLite-Falldatenbank); stellen Sie sie mit db restore auf dem Server wieder her</translation>
    </message>
    <message>
        <source>a backup is a file made by db backup, not a server database</source>
        <translation>eine Sicherung ist eine mit db backup erstellte Datei, keine Serverdatenbank</translation>
    </message>
    <message>
        <source>the backup does not pass its check, nothing was restored: %1</source>
        <translation>die Sicherung besteht ihre Prüfung nicht, es wurde nichts wiederhergestellt: %1</translation>
    </message>
    <message>
        <source>the database already holds a case store; a backup is restored only into an empty database (createdb), nothing was changed</source>
        <translation>die Datenbank enthält bereits einen Fallspeicher; eine Sicherung wird nur in eine leere Datenbank (createdb) wiederhergestellt, es wurde nichts geändert</translation>
    </message>
    <message>
        <source>cannot copy the backup (disk full?)</source>
        <translation>die Sicherung kann nicht kopiert werden (Datenträger voll?)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a role of the board (%2)</source>
        <translation>&apos;%1&apos; ist keine Rolle der Tumorkonferenz (%2)</translation>
    </message>
    <message>
        <source>privileges are a server&apos;s; an SQLite file is guarded by its triggers and the file&apos;s permissions</source>
        <translation>Berechtigungen gibt es nur auf einem Server; eine SQLite-Datei wird durch ihre Trigger und die Dateiberechtigungen geschützt</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a plain role name (lower-case letters, digits, _)</source>
        <translation>&apos;%1&apos; ist kein einfacher Rollenname (Kleinbuchstaben, Ziffern, _)</translation>
    </message>
    <message>
        <source>the database holds no case store of schema %1 (db init, db migrate)</source>
        <translation>die Datenbank enthält keinen Fallspeicher von Schema %1 (db init, db migrate)</translation>
    </message>
</context>
<context>
    <name>onco::CaseRecheck</name>
    <message>
        <source>case %1: %2 alterations re-annotated</source>
        <translation>Fall %1: %2 Alterationen neu annotiert</translation>
    </message>
    <message>
        <source>knowledge base then: %1</source>
        <translation>Wissensdatenbank damals: %1</translation>
    </message>
    <message>
        <source>knowledge base now: %1</source>
        <translation>Wissensdatenbank jetzt: %1</translation>
    </message>
    <message>
        <source>no change in evidence or tiers</source>
        <translation>keine Änderung bei Evidenz oder Tiers</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s):</source>
        <translation>
            <numerusform>%n Änderung:</numerusform>
            <numerusform>%n Änderungen:</numerusform>
        </translation>
    </message>
    <message>
        <source>new evidence</source>
        <translation>neue Evidenz</translation>
    </message>
    <message>
        <source>removed evidence</source>
        <translation>entfernte Evidenz</translation>
    </message>
    <message>
        <source>AMP tier</source>
        <translation>AMP-Tier</translation>
    </message>
    <message>
        <source>ESCAT tier</source>
        <translation>ESCAT-Tier</translation>
    </message>
    <message>
        <source>OncoKB-style level</source>
        <translation>OncoKB-artiges Level</translation>
    </message>
</context>
<context>
    <name>onco::CaseSchema</name>
    <message>
        <source>the case database was written by a newer OncoBoard (schema %1, this version reads up to %2)</source>
        <translation>die Falldatenbank wurde von einer neueren OncoBoard-Version geschrieben (Schema %1, diese Version liest bis %2)</translation>
    </message>
    <message>
        <source>not an OncoBoard case database (the SQLite file belongs to another application or is a knowledge base); it is left untouched</source>
        <translation>keine OncoBoard-Falldatenbank (die SQLite-Datei gehört zu einer anderen Anwendung oder ist eine Wissensdatenbank); sie bleibt unverändert</translation>
    </message>
    <message>
        <source>not an OncoBoard case database (the PostgreSQL database holds other tables); it is left untouched</source>
        <translation>keine OncoBoard-Falldatenbank (die PostgreSQL-Datenbank enthält andere Tabellen); sie bleibt unverändert</translation>
    </message>
    <message>
        <source>the case database has no schema version (damaged?)</source>
        <translation>die Falldatenbank hat keine Schemaversion (beschädigt?)</translation>
    </message>
    <message>
        <source>not an OncoBoard case database (another application&apos;s schema); it is left untouched</source>
        <translation>keine OncoBoard-Falldatenbank (Schema einer anderen Anwendung); sie bleibt unverändert</translation>
    </message>
    <message>
        <source>the case database has schema %1, which PostgreSQL case stores never had (they begin at %2)</source>
        <translation>die Falldatenbank hat Schema %1, das es bei PostgreSQL-Fallspeichern nie gab (sie beginnen bei %2)</translation>
    </message>
</context>
<context>
    <name>onco::CaseSignOff</name>
    <message>
        <source>the signed statement is not an OncoBoard signature statement</source>
        <translation>die signierte Erklärung ist keine OncoBoard-Signaturerklärung</translation>
    </message>
    <message>
        <source>the signature does not match its statement: the statement or the signature was changed, or another key made it</source>
        <translation>die Signatur passt nicht zu ihrer Erklärung: die Erklärung oder die Signatur wurde verändert, oder ein anderer Schlüssel hat sie erstellt</translation>
    </message>
    <message>
        <source>the statement names key %1, but key %2 signed it</source>
        <translation>die Erklärung nennt Schlüssel %1, signiert hat sie aber Schlüssel %2</translation>
    </message>
    <message>
        <source>the statement names account &apos;%1&apos;, but the key is registered to &apos;%2&apos;</source>
        <translation>die Erklärung nennt das Konto &apos;%1&apos;, der Schlüssel ist aber auf &apos;%2&apos; registriert</translation>
    </message>
    <message>
        <source>key %1 of &apos;%2&apos; is not registered by an administrator, so its signature does not count (oncoboard-cli keys register)</source>
        <translation>Schlüssel %1 von &apos;%2&apos; wurde nicht von der Administration registriert, daher zählt seine Signatur nicht (oncoboard-cli keys register)</translation>
    </message>
    <message>
        <source>key %1 of &apos;%2&apos; was revoked at %3, before this signature</source>
        <translation>Schlüssel %1 von &apos;%2&apos; wurde am %3 widerrufen, vor dieser Signatur</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>nicht vorhanden</translation>
    </message>
    <message>
        <source>(%1 entries)</source>
        <translation>(%1 Einträge)</translation>
    </message>
    <message>
        <source>%1 was %2, is now %3</source>
        <translation>%1 war %2, ist jetzt %3</translation>
    </message>
    <message>
        <source>signature%1: %2 by %3, account %4, at %5
</source>
        <translation>Signatur%1: %2 von %3, Konto %4, am %5
</translation>
    </message>
    <message>
        <source>  key %1, report %2
</source>
        <translation>  Schlüssel %1, Bericht %2
</translation>
    </message>
    <message>
        <source>  verified
</source>
        <translation>  verifiziert
</translation>
    </message>
    <message>
        <source>%1: every signature verifies
</source>
        <translation>%1: alle Signaturen sind gültig
</translation>
    </message>
    <message>
        <source>%1: verification FAILED
</source>
        <translation>%1: Verifizierung FEHLGESCHLAGEN
</translation>
    </message>
    <message>
        <source>the report cannot be made from the stored case: %1</source>
        <translation>der Bericht kann nicht aus dem gespeicherten Fall erstellt werden: %1</translation>
    </message>
    <message>
        <source>the case was reopened as a draft after its last sign-off: nothing of what it is now is signed</source>
        <translation>der Fall wurde nach seiner letzten Freigabe wieder als Entwurf geöffnet: nichts an seinem jetzigen Stand ist signiert</translation>
    </message>
    <message>
        <source>the case is a draft and nothing of it is signed</source>
        <translation>der Fall ist ein Entwurf, nichts davon ist signiert</translation>
    </message>
    <message>
        <source>the case is %1 but carries no signature: it was signed off without a signing key</source>
        <translation>der Fall hat den Status %1, trägt aber keine Signatur: er wurde ohne Signaturschlüssel freigegeben</translation>
    </message>
    <message>
        <source>the statement names another case or state than the one it is stored with</source>
        <translation>die Erklärung nennt einen anderen Fall oder Status als den, mit dem sie gespeichert ist</translation>
    </message>
    <message>
        <source>signed in another database and brought by %1; the stored case is checked against how it was imported, the report against what was signed</source>
        <translation>in einer anderen Datenbank signiert und von %1 übernommen; der gespeicherte Fall wird gegen den importierten Stand geprüft, der Bericht gegen den signierten</translation>
    </message>
    <message>
        <source>the content stored with the signature is not what was signed: it was changed in the database</source>
        <translation>der mit der Signatur gespeicherte Inhalt ist nicht der signierte: er wurde in der Datenbank verändert</translation>
    </message>
    <message>
        <source>the case is %1, but its newest signature signed it %2</source>
        <translation>der Fall hat den Status %1, seine neueste Signatur lautet aber auf %2</translation>
    </message>
    <message numerus="yes">
        <source>the case was changed after it was signed %1 (%n change(s)):</source>
        <translation>
            <numerusform>der Fall wurde geändert, nachdem er als %1 signiert wurde (%n Änderung):</numerusform>
            <numerusform>der Fall wurde geändert, nachdem er als %1 signiert wurde (%n Änderungen):</numerusform>
        </translation>
    </message>
    <message>
        <source>the stored case is as signed, but the report made from it now differs from the one signed (another OncoBoard version or knowledge-base content):</source>
        <translation>der gespeicherte Fall entspricht dem signierten, aber der jetzt daraus erstellte Bericht weicht vom signierten ab (andere OncoBoard-Version oder anderer Inhalt der Wissensdatenbank):</translation>
    </message>
    <message numerus="yes">
        <source>the case changed after this %1 sign-off, as the workflow allows before the next one (%n change(s))</source>
        <translation>
            <numerusform>der Fall wurde nach dieser Freigabe (%1) geändert, wie es der Workflow vor der nächsten Freigabe erlaubt (%n Änderung)</numerusform>
            <numerusform>der Fall wurde nach dieser Freigabe (%1) geändert, wie es der Workflow vor der nächsten Freigabe erlaubt (%n Änderungen)</numerusform>
        </translation>
    </message>
    <message>
        <source>not JSON: %1 at byte %2</source>
        <translation>kein JSON: %1 bei Byte %2</translation>
    </message>
    <message>
        <source>not a case report (schema %1)</source>
        <translation>kein Fallbericht (Schema %1)</translation>
    </message>
    <message>
        <source>the report carries no signature</source>
        <translation>der Bericht trägt keine Signatur</translation>
    </message>
    <message>
        <source>the statement signs another case (uid %1)</source>
        <translation>die Erklärung signiert einen anderen Fall (uid %1)</translation>
    </message>
    <message>
        <source>key %1 is not known to the case database</source>
        <translation>Schlüssel %1 ist der Falldatenbank nicht bekannt</translation>
    </message>
    <message>
        <source>the key is not checked against a registry (give --db with the case database that registers the signers&apos; keys)</source>
        <translation>der Schlüssel wird nicht gegen ein Register geprüft (geben Sie mit --db die Falldatenbank an, in der die Schlüssel der Signierenden registriert sind)</translation>
    </message>
    <message>
        <source>the report&apos;s content is not what was signed (%1 signed, %2 now): the file was changed after it was made</source>
        <translation>der Inhalt des Berichts ist nicht der signierte (%1 signiert, %2 jetzt): die Datei wurde nach ihrer Erstellung verändert</translation>
    </message>
    <message>
        <source>the case changed after this %1 sign-off, as the workflow allows</source>
        <translation>der Fall wurde nach dieser Freigabe (%1) geändert, wie es der Workflow erlaubt</translation>
    </message>
    <message>
        <source>the report says the case is %1, but its newest signature signed it %2</source>
        <translation>laut Bericht hat der Fall den Status %1, seine neueste Signatur lautet aber auf %2</translation>
    </message>
    <message>
        <source>the bundle&apos;s case is not what its newest signature signed; nothing was imported:
  %1</source>
        <translation>der Fall des Pakets ist nicht der, den seine neueste Signatur signiert hat; es wurde nichts importiert:
  %1</translation>
    </message>
    <message>
        <source>(the first %1 changes)</source>
        <translation>(die ersten %1 Änderungen)</translation>
    </message>
</context>
<context>
    <name>onco::CaseStore</name>
    <message>
        <source>case %1 has no plan item %2</source>
        <translation>Fall %1 hat keinen Planeintrag %2</translation>
    </message>
    <message>
        <source>a plan item needs a title: the therapy, the trial or the diagnostic step</source>
        <translation>ein Planeintrag braucht einen Titel: die Therapie, die Studie oder den diagnostischen Schritt</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a ClinicalTrials.gov id (NCT and 8 digits)</source>
        <translation>&apos;%1&apos; ist keine ClinicalTrials.gov-ID (NCT und 8 Ziffern)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date (YYYY-MM-DD)</source>
        <translation>&apos;%1&apos; ist kein Datum (JJJJ-MM-TT)</translation>
    </message>
    <message>
        <source>no such case database</source>
        <translation>Falldatenbank nicht vorhanden</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>der Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>the case database has schema %1, this version reads %2 (open it writable to migrate it)</source>
        <translation>die Falldatenbank hat Schema %1, diese Version liest %2 (zum Migrieren mit Schreibzugriff öffnen)</translation>
    </message>
    <message>
        <source>entry %1 follows entry %2: entries are missing</source>
        <translation>Eintrag %1 folgt auf Eintrag %2: Einträge fehlen</translation>
    </message>
    <message>
        <source>entry %1 does not link to the entry before it</source>
        <translation>Eintrag %1 ist nicht mit dem vorhergehenden Eintrag verkettet</translation>
    </message>
    <message>
        <source>entry %1 was changed after it was written</source>
        <translation>Eintrag %1 wurde nach dem Schreiben geändert</translation>
    </message>
    <message>
        <source>case %1 is final and locked (signed by %2 on %3): amend it to change it</source>
        <translation>Fall %1 ist endgültig und gesperrt (freigegeben von %2 am %3): Änderungen nur per Nachtrag</translation>
    </message>
    <message>
        <source>there is no case %1</source>
        <translation>Fall %1 existiert nicht</translation>
    </message>
    <message>
        <source>case %1 has no alteration &apos;%2&apos; (name it GENE:p.CHANGE or CHROM:POS:REF:ALT)</source>
        <translation>Fall %1 hat keine Alteration &apos;%2&apos; (als GENE:p.CHANGE oder CHROM:POS:REF:ALT angeben)</translation>
    </message>
    <message>
        <source>alteration %1 is not part of case %2</source>
        <translation>Alteration %1 gehört nicht zu Fall %2</translation>
    </message>
    <message>
        <source>no earlier decision on this alteration in another case</source>
        <translation>keine frühere Entscheidung zu dieser Alteration in einem anderen Fall</translation>
    </message>
    <message>
        <source>case %1 cannot go from %2 to %3 (draft -&gt; preliminary -&gt; final)</source>
        <translation>Fall %1 kann nicht von %2 zu %3 wechseln (Entwurf -&gt; vorläufig -&gt; endgültig)</translation>
    </message>
    <message>
        <source>signing a case final needs the signer&apos;s role</source>
        <translation>die endgültige Freigabe eines Falls erfordert die Angabe der Rolle der freigebenden Person</translation>
    </message>
    <message>
        <source>case %1 is %2: only a final case is amended; edit it directly</source>
        <translation>Fall %1 hat den Status %2: Nachträge gibt es nur zu endgültigen Fällen; bearbeiten Sie ihn direkt</translation>
    </message>
    <message>
        <source>case %1 was already amended; amend its newest version</source>
        <translation>zu Fall %1 gibt es bereits einen Nachtrag; erstellen Sie den Nachtrag zu seiner neuesten Version</translation>
    </message>
    <message>
        <source>an amendment needs a reason</source>
        <translation>ein Nachtrag braucht eine Begründung</translation>
    </message>
    <message>
        <source>there is no patient &apos;%1&apos;</source>
        <translation>Patient*in &apos;%1&apos; ist nicht vorhanden</translation>
    </message>
    <message>
        <source>the case database is read-only; nothing was saved (%1)</source>
        <translation>die Falldatenbank ist schreibgeschützt; nichts wurde gespeichert (%1)</translation>
    </message>
    <message>
        <source>the disk is full; nothing was saved (%1)</source>
        <translation>der Datenträger ist voll; nichts wurde gespeichert (%1)</translation>
    </message>
    <message>
        <source>the case database is busy with another writer; try again (%1)</source>
        <translation>die Falldatenbank wird gerade von einem anderen Prozess beschrieben; bitte erneut versuchen (%1)</translation>
    </message>
    <message>
        <source>the case is final and locked: amend it to change it</source>
        <translation>der Fall ist endgültig und gesperrt: Änderungen nur per Nachtrag</translation>
    </message>
    <message>
        <source>not a PostgreSQL address; write postgresql://USER@HOST:PORT/DATABASE</source>
        <translation>keine PostgreSQL-Adresse; Form: postgresql://USER@HOST:PORT/DATABASE</translation>
    </message>
    <message>
        <source>a password is never taken from the address (it would stay in command lines, settings and logs); put it in ~/.pgpass or PGPASSWORD</source>
        <translation>ein Passwort wird nie aus der Adresse übernommen (es bliebe in Befehlszeilen, Einstellungen und Logdateien stehen); hinterlegen Sie es in ~/.pgpass oder PGPASSWORD</translation>
    </message>
    <message>
        <source>unknown connection option &apos;%1&apos; (known: sslmode, sslrootcert, sslcert, sslkey, sslcrl, connect_timeout, target_session_attrs)</source>
        <translation>unbekannte Verbindungsoption &apos;%1&apos; (bekannt: sslmode, sslrootcert, sslcert, sslkey, sslcrl, connect_timeout, target_session_attrs)</translation>
    </message>
    <message>
        <source>this installation has no PostgreSQL driver (Debian: install libqt6sql6-psql)</source>
        <translation>diese Installation hat keinen PostgreSQL-Treiber (Debian: libqt6sql6-psql installieren)</translation>
    </message>
    <message>
        <source>cannot connect to the case database server: %1</source>
        <translation>keine Verbindung zum Falldatenbank-Server möglich: %1</translation>
    </message>
    <message>
        <source>the identifiers are sealed with an unknown key derivation &apos;%1&apos;</source>
        <translation>die Identifikationsdaten sind mit einer unbekannten Schlüsselableitung &apos;%1&apos; verschlüsselt</translation>
    </message>
    <message>
        <source>this is not the passphrase the identifiers of this case database are sealed with</source>
        <translation>dies ist nicht die Passphrase, mit der die Identifikationsdaten dieser Falldatenbank verschlüsselt sind</translation>
    </message>
    <message>
        <source>identifiers are stored sealed: give the case database&apos;s passphrase first (ONCOBOARD_PASSPHRASE, or the window asks for it)</source>
        <translation>Identifikationsdaten werden verschlüsselt gespeichert: geben Sie zuerst die Passphrase der Falldatenbank an (ONCOBOARD_PASSPHRASE, oder das Fenster fragt danach)</translation>
    </message>
    <message>
        <source>the identifiers of %1 are sealed and this machine was given no key for them (ONCOBOARD_PASSPHRASE, or the window asks for the passphrase); the case shows its pseudonym only</source>
        <translation>die Identifikationsdaten von %1 sind verschlüsselt, und dieser Rechner hat keinen Schlüssel dafür erhalten (ONCOBOARD_PASSPHRASE, oder das Fenster fragt nach der Passphrase); der Fall zeigt nur sein Pseudonym</translation>
    </message>
    <message>
        <source>%1 at %2: %3</source>
        <translation>%1 am %2: %3</translation>
    </message>
    <message>
        <source>case %1 was changed by %2 since it was shown here; nothing was written: reload it and apply the change again</source>
        <translation>Fall %1 wurde von %2 geändert, seit er hier angezeigt wurde; nichts wurde geschrieben: laden Sie ihn neu und nehmen Sie die Änderung erneut vor</translation>
    </message>
    <message>
        <source>case %1 was changed after it was signed final: its content no longer matches the digest the audit trail recorded at sign-off (entry %2)</source>
        <translation>Fall %1 wurde nach der endgültigen Freigabe geändert: sein Inhalt entspricht nicht mehr dem Hashwert, den das Prüfprotokoll bei der Freigabe erfasst hat (Eintrag %2)</translation>
    </message>
    <message>
        <source>case %1 was changed after it was signed final: its content no longer matches the digest the audit trail recorded at sign-off (entry %2); no report is made of it (oncoboard-cli audit verify)</source>
        <translation>Fall %1 wurde nach der endgültigen Freigabe geändert: sein Inhalt entspricht nicht mehr dem Hashwert, den das Prüfprotokoll bei der Freigabe erfasst hat (Eintrag %2); daraus wird kein Bericht erstellt (oncoboard-cli audit verify)</translation>
    </message>
    <message>
        <source>a participant&apos;s name cannot hold &apos;;&apos;: &apos;%1&apos;</source>
        <translation>der Name einer teilnehmenden Person darf kein &apos;;&apos; enthalten: &apos;%1&apos;</translation>
    </message>
    <message>
        <source>case %1 is on the agenda of meeting %2 already</source>
        <translation>Fall %1 steht bereits auf der Tagesordnung von Sitzung %2</translation>
    </message>
    <message>
        <source>meeting %1 on %2</source>
        <translation>Sitzung %1 am %2</translation>
    </message>
    <message>
        <source>case %1 is not on the agenda of meeting %2</source>
        <translation>Fall %1 steht nicht auf der Tagesordnung von Sitzung %2</translation>
    </message>
    <message>
        <source>position %1 is not on the agenda (1 to %2)</source>
        <translation>Position %1 steht nicht auf der Tagesordnung (1 bis %2)</translation>
    </message>
    <message>
        <source>the conclusion is empty</source>
        <translation>der Beschluss ist leer</translation>
    </message>
    <message>
        <source>meeting %1 on %2: %3</source>
        <translation>Sitzung %1 am %2: %3</translation>
    </message>
    <message>
        <source>there is no meeting %1</source>
        <translation>Sitzung %1 existiert nicht</translation>
    </message>
    <message>
        <source>response %1</source>
        <translation>Ansprechen %1</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>ab %1</translation>
    </message>
    <message>
        <source>stopped %1</source>
        <translation>beendet am %1</translation>
    </message>
    <message>
        <source>because: %1</source>
        <translation>Grund: %1</translation>
    </message>
    <message>
        <source>assessed %1</source>
        <translation>beurteilt am %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of %2</source>
        <translation>&apos;%1&apos; ist keiner der Werte %2</translation>
    </message>
    <message>
        <source>response &apos;%1&apos; is not one of %2 (RECIST 1.1; NE: not evaluable)</source>
        <translation>Ansprechen &apos;%1&apos; ist keiner der Werte %2 (RECIST 1.1; NE: nicht beurteilbar)</translation>
    </message>
    <message>
        <source>a response is recorded for a treatment that was given</source>
        <translation>ein Ansprechen wird nur für eine verabreichte Therapie erfasst</translation>
    </message>
    <message>
        <source>it stopped (%1) before it started (%2)</source>
        <translation>sie endete (%1), bevor sie begann (%2)</translation>
    </message>
    <message>
        <source>as decided in %1 by %2 on %3%4</source>
        <translation>wie in %1 von %2 am %3 entschieden%4</translation>
    </message>
    <message>
        <source>alteration %1</source>
        <translation>Alteration %1</translation>
    </message>
    <message>
        <source>decision %1 on %2</source>
        <translation>Entscheidung %1 zu %2</translation>
    </message>
    <message>
        <source>plan item %1 (%2)</source>
        <translation>Planeintrag %1 (%2)</translation>
    </message>
    <message>
        <source>the plan</source>
        <translation>der Plan</translation>
    </message>
    <message>
        <source>the case record</source>
        <translation>der Falldatensatz</translation>
    </message>
    <message>
        <source>the patient</source>
        <translation>der Patientendatensatz</translation>
    </message>
    <message>
        <source>input %1 (%2)</source>
        <translation>Eingabe %1 (%2)</translation>
    </message>
    <message>
        <source>knowledge-base release of %1</source>
        <translation>Wissensdatenbank-Release von %1</translation>
    </message>
    <message>
        <source>copy-number segment %1</source>
        <translation>Kopienzahlsegment %1</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>leer</translation>
    </message>
    <message>
        <source>%1 was removed</source>
        <translation>%1 wurde entfernt</translation>
    </message>
    <message>
        <source>%1: %2 was %3, is now %4</source>
        <translation>%1: %2 war %3, ist jetzt %4</translation>
    </message>
    <message>
        <source>%1 was added</source>
        <translation>%1 wurde hinzugefügt</translation>
    </message>
    <message>
        <source>this signing key belongs to account &apos;%1&apos;, not &apos;%2&apos;</source>
        <translation>dieser Signaturschlüssel gehört zum Konto &apos;%1&apos;, nicht zu &apos;%2&apos;</translation>
    </message>
    <message>
        <source>no signing key has the fingerprint &apos;%1&apos; (oncoboard-cli keys list)</source>
        <translation>kein Signaturschlüssel hat den Fingerabdruck &apos;%1&apos; (oncoboard-cli keys list)</translation>
    </message>
    <message>
        <source>the key %1 of &apos;%2&apos; is already registered</source>
        <translation>der Schlüssel %1 von &apos;%2&apos; ist bereits registriert</translation>
    </message>
    <message>
        <source>the key %1 of &apos;%2&apos; is already revoked</source>
        <translation>der Schlüssel %1 von &apos;%2&apos; ist bereits widerrufen</translation>
    </message>
    <message>
        <source>to %1 give your role: %2 may</source>
        <translation>für „%1“ geben Sie Ihre Rolle an; berechtigt: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a role of the board (%2)</source>
        <translation>&apos;%1&apos; ist keine Rolle der Tumorkonferenz (%2)</translation>
    </message>
    <message>
        <source>the role %1 may not %2: %3 may</source>
        <translation>die Rolle %1 darf „%2“ nicht; berechtigt: %3</translation>
    </message>
    <message>
        <source>account &apos;%1&apos; is no %2 in this case database (its roles: %3); an administrator gives roles (oncoboard-cli members set)</source>
        <translation>das Konto &apos;%1&apos; hat in dieser Falldatenbank nicht die Rolle %2 (seine Rollen: %3); Rollen vergibt die Administration (oncoboard-cli members set)</translation>
    </message>
    <message>
        <source>account &apos;%1&apos; is not a member of this case database; an administrator adds members (oncoboard-cli members set)</source>
        <translation>das Konto &apos;%1&apos; ist kein Mitglied dieser Falldatenbank; Mitglieder fügt die Administration hinzu (oncoboard-cli members set)</translation>
    </message>
    <message>
        <source>a member needs an account</source>
        <translation>ein Mitglied braucht ein Konto</translation>
    </message>
    <message>
        <source>the first member is the administrator who adds the others: give your own account (&apos;%1&apos;) the administrator role first</source>
        <translation>das erste Mitglied ist die Administration, die alle weiteren hinzufügt: weisen Sie zuerst Ihrem eigenen Konto (&apos;%1&apos;) die Rolle Administrator*in zu</translation>
    </message>
    <message>
        <source>case %1, version %2</source>
        <translation>Fall %1, Version %2</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>preliminary</source>
        <translation>vorläufig</translation>
    </message>
    <message>
        <source>final</source>
        <translation>endgültig</translation>
    </message>
    <message>
        <source>included</source>
        <translation>aufgenommen</translation>
    </message>
    <message>
        <source>excluded</source>
        <translation>ausgeschlossen</translation>
    </message>
    <message>
        <source>VUS</source>
        <translation>VUS</translation>
    </message>
    <message>
        <source>artefact</source>
        <translation>Artefakt</translation>
    </message>
    <message>
        <source>germline referral</source>
        <translation>Überweisung zur Keimbahndiagnostik</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>zurückgezogen</translation>
    </message>
    <message>
        <source>VAF not given</source>
        <translation>VAF nicht angegeben</translation>
    </message>
    <message>
        <source>%1 appeared %2 at %3</source>
        <translation>%1 trat am %2 auf (%3)</translation>
    </message>
    <message>
        <source>%1 not found on %2 (%3 on %4)</source>
        <translation>%1 am %2 nicht gefunden (%3 am %4)</translation>
    </message>
    <message>
        <source>patient &apos;%1&apos; has no case in this database</source>
        <translation>Patient*in &apos;%1&apos; hat keinen Fall in dieser Datenbank</translation>
    </message>
    <message>
        <source>the cryptography library could not start</source>
        <translation>die Kryptografie-Bibliothek konnte nicht gestartet werden</translation>
    </message>
    <message>
        <source>the passphrase is empty</source>
        <translation>die Passphrase ist leer</translation>
    </message>
    <message>
        <source>the stored key derivation parameters are damaged</source>
        <translation>die gespeicherten Parameter der Schlüsselableitung sind beschädigt</translation>
    </message>
    <message>
        <source>not enough memory to derive the key from the passphrase (%1 MiB)</source>
        <translation>nicht genug Arbeitsspeicher, um den Schlüssel aus der Passphrase abzuleiten (%1 MiB)</translation>
    </message>
    <message>
        <source>a key has 32 bytes, not %1</source>
        <translation>ein Schlüssel hat 32 Byte, nicht %1</translation>
    </message>
    <message>
        <source>a sealed identifier is damaged</source>
        <translation>ein verschlüsseltes Identifikationsmerkmal ist beschädigt</translation>
    </message>
    <message>
        <source>a sealed identifier does not open with this key: it was changed, or moved from another patient or field</source>
        <translation>ein verschlüsseltes Identifikationsmerkmal lässt sich mit diesem Schlüssel nicht öffnen: es wurde verändert oder von einer anderen Person oder einem anderen Feld übernommen</translation>
    </message>
    <message>
        <source>the case database refuses this change (read-only session or missing privilege); nothing was saved (%1)</source>
        <translation>die Falldatenbank lehnt diese Änderung ab (schreibgeschützte Verbindung oder fehlende Berechtigung); nichts wurde gespeichert (%1)</translation>
    </message>
    <message>
        <source>the case database server is out of disk or memory; nothing was saved (%1)</source>
        <translation>dem Falldatenbank-Server fehlt Speicherplatz oder Arbeitsspeicher; nichts wurde gespeichert (%1)</translation>
    </message>
    <message>
        <source>the connection to the case database server was lost; nothing was saved (%1)</source>
        <translation>die Verbindung zum Falldatenbank-Server ist abgebrochen; nichts wurde gespeichert (%1)</translation>
    </message>
</context>
<context>
    <name>onco::CivicImporter</name>
    <message>
        <source>folder not found</source>
        <translation>Ordner nicht gefunden</translation>
    </message>
    <message>
        <source>missing columns: %1</source>
        <translation>fehlende Spalten: %1</translation>
    </message>
    <message>
        <source>import canceled</source>
        <translation>Import abgebrochen</translation>
    </message>
    <message>
        <source>molecular_profile_id is not a number</source>
        <translation>molecular_profile_id ist keine Zahl</translation>
    </message>
    <message>
        <source>variant_ids holds &apos;%1&apos;, not a number</source>
        <translation>variant_ids enthält &apos;%1&apos;, keine Zahl</translation>
    </message>
    <message>
        <source>variant_id is not a number</source>
        <translation>variant_id ist keine Zahl</translation>
    </message>
    <message>
        <source>variant %1 refers to feature %2, which is not in the release</source>
        <translation>Variante %1 verweist auf Feature %2, das nicht im Release enthalten ist</translation>
    </message>
    <message>
        <source>evidence_id is not a number</source>
        <translation>evidence_id ist keine Zahl</translation>
    </message>
    <message>
        <source>evidence %1 refers to molecular profile %2, which is not in the release</source>
        <translation>Evidenzeintrag %1 verweist auf das molekulare Profil %2, das nicht im Release enthalten ist</translation>
    </message>
    <message>
        <source>evidence %1 has no level or type</source>
        <translation>Evidenzeintrag %1 hat kein Level oder keinen Typ</translation>
    </message>
    <message>
        <source>evidence %1 (%2) has no DOID; its disease is &apos;%3&apos;</source>
        <translation>Evidenzeintrag %1 (%2) hat keine DOID; seine Erkrankung ist &apos;%3&apos;</translation>
    </message>
    <message>
        <source>assertion_id is not a number</source>
        <translation>assertion_id ist keine Zahl</translation>
    </message>
    <message>
        <source>evidence_item_ids holds &apos;%1&apos;, not a number</source>
        <translation>evidence_item_ids enthält &apos;%1&apos;, keine Zahl</translation>
    </message>
    <message>
        <source>assertion %1 cites evidence %2, which is not in the accepted set</source>
        <translation>Assertion %1 zitiert Evidenzeintrag %2, der nicht zu den akzeptierten Einträgen gehört</translation>
    </message>
    <message>
        <source>variant_group_id is not a number</source>
        <translation>variant_group_id ist keine Zahl</translation>
    </message>
    <message>
        <source>not a CIViC release: missing %1</source>
        <translation>kein CIViC-Release: %1 fehlt</translation>
    </message>
    <message>
        <source>cannot tell the release date: name it (--release YYYY-MM-DD)</source>
        <translation>das Release-Datum ist nicht erkennbar: geben Sie es an (--release YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>the feature id is not a number</source>
        <translation>die Feature-ID ist keine Zahl</translation>
    </message>
    <message>
        <source>the evidence names no molecular profile</source>
        <translation>die Evidenz nennt kein molekulares Profil</translation>
    </message>
    <message>
        <source>assertion %1 has no molecular_profile_id</source>
        <translation>Assertion %1 hat keine molecular_profile_id</translation>
    </message>
    <message>
        <source>assertion AID%1 refers to molecular profile %2, which this release does not contain; assertion skipped</source>
        <translation>Assertion AID%1 verweist auf das molekulare Profil %2, das dieses Release nicht enthält; Assertion übersprungen</translation>
    </message>
    <message>
        <source>the row has %1 of the header&apos;s %2 fields: the file is cut short or malformed, and nothing of this release is imported</source>
        <translation>die Zeile hat %1 der %2 Felder der Kopfzeile: die Datei ist abgeschnitten oder fehlerhaft, und nichts aus diesem Release wird importiert</translation>
    </message>
    <message>
        <source>the last line has no line end, unlike the lines before it: the file is cut short (an interrupted download?), and nothing of this release is imported</source>
        <translation>die letzte Zeile hat anders als die vorherigen kein Zeilenende: die Datei ist abgeschnitten (ein unterbrochener Download?), und nichts aus diesem Release wird importiert</translation>
    </message>
    <message>
        <source>the release holds no evidence item: nothing is imported</source>
        <translation>das Release enthält keinen Evidenzeintrag: nichts wird importiert</translation>
    </message>
</context>
<context>
    <name>onco::ClinicalReader</name>
    <message>
        <source>a sample table needs a SAMPLE_ID column</source>
        <translation>eine Probentabelle braucht eine Spalte SAMPLE_ID</translation>
    </message>
    <message>
        <source>biomarker &apos;%1&apos; is not known</source>
        <translation>Biomarker &apos;%1&apos; ist nicht bekannt</translation>
    </message>
    <message>
        <source>the table gives tumor type %1 for sample %2; the case uses %3</source>
        <translation>die Tabelle gibt für Probe %2 die Tumorentität %1 an; der Fall verwendet %3</translation>
    </message>
    <message numerus="yes">
        <source>none of its %n rows is about this case&apos;s samples</source>
        <translation>
            <numerusform>ihre %n Zeile betrifft keine Probe dieses Falls</numerusform>
            <numerusform>keine ihrer %n Zeilen betrifft die Proben dieses Falls</numerusform>
        </translation>
    </message>
    <message>
        <source>CANCER_TYPE_DETAILED &apos;%1&apos; is no OncoTree tumor type: its samples have no tumor type from this table</source>
        <translation>CANCER_TYPE_DETAILED &apos;%1&apos; ist keine OncoTree-Tumorentität: die zugehörigen Proben erhalten aus dieser Tabelle keine Tumorentität</translation>
    </message>
</context>
<context>
    <name>onco::CnaCall</name>
    <message>
        <source>deep deletion</source>
        <translation>tiefe Deletion</translation>
    </message>
    <message>
        <source>shallow deletion</source>
        <translation>flache Deletion</translation>
    </message>
    <message>
        <source>neutral</source>
        <translation>kopienneutral</translation>
    </message>
    <message>
        <source>gain</source>
        <translation>Zugewinn</translation>
    </message>
    <message>
        <source>amplification</source>
        <translation>Amplifikation</translation>
    </message>
</context>
<context>
    <name>onco::CohortLoader</name>
    <message>
        <source>a cohort takes every sample of its inputs: no tumor or normal sample is chosen</source>
        <translation>eine Kohorte umfasst jede Probe ihrer Eingaben: es wird keine Tumor- oder Normalprobe ausgewählt</translation>
    </message>
    <message>
        <source>tumor type &apos;%1&apos; of sample %2 is not an OncoTree code: the sample is annotated without a tumor type</source>
        <translation>Tumorentität &apos;%1&apos; von Probe %2 ist kein OncoTree-Code: die Probe wird ohne Tumorentität annotiert</translation>
    </message>
    <message>
        <source>the cohort&apos;s inputs skipped %1 rows and gave %2 warnings on rows; they are listed in the cohort run&apos;s messages, not per sample</source>
        <translation>die Eingaben der Kohorte haben %1 Zeilen übersprungen und %2 Warnungen zu Zeilen ausgegeben; sie stehen in den Meldungen des Kohortenlaufs, nicht pro Probe</translation>
    </message>
    <message numerus="yes">
        <source>%n alterations belong to no tumor sample of the cohort</source>
        <translation>
            <numerusform>%n Alteration gehört zu keiner Tumorprobe der Kohorte</numerusform>
            <numerusform>%n Alterationen gehören zu keiner Tumorprobe der Kohorte</numerusform>
        </translation>
    </message>
    <message>
        <source>more than %L1 alterations in one run: split the cohort</source>
        <translation>mehr als %L1 Alterationen in einem Lauf: teilen Sie die Kohorte auf</translation>
    </message>
</context>
<context>
    <name>onco::CopyNumberProfile</name>
    <message>
        <source>No copy-number data in this case</source>
        <translation>Keine Kopienzahldaten in diesem Fall</translation>
    </message>
    <message>
        <source>Copy-number profile (log2 ratio)</source>
        <translation>Kopienzahlprofil (log2-Ratio)</translation>
    </message>
    <message>
        <source>Copy-number profile (total copy number)</source>
        <translation>Kopienzahlprofil (gesamte Kopienzahl)</translation>
    </message>
    <message>
        <source>segments: %1</source>
        <translation>Segmente: %1</translation>
    </message>
    <message>
        <source>gene-level calls: %1</source>
        <translation>Calls auf Genebene: %1</translation>
    </message>
    <message>
        <source>no segments: gene-level calls only</source>
        <translation>keine Segmente: nur Calls auf Genebene</translation>
    </message>
    <message>
        <source>genome build unknown: GRCh38 chromosome sizes</source>
        <translation>Genomversion unbekannt: Chromosomengrößen von GRCh38</translation>
    </message>
    <message>
        <source>some segments converted between log2 ratio and copy number, taking 2 copies as normal</source>
        <translation>einige Segmente zwischen log2-Ratio und Kopienzahl umgerechnet, mit 2 Kopien als Normalwert</translation>
    </message>
    <message>
        <source>segments on other contigs or without a value, not shown: %1</source>
        <translation>Segmente auf anderen Contigs oder ohne Wert, nicht dargestellt: %1</translation>
    </message>
    <message>
        <source>segments beyond the axis, drawn at its edge: %1</source>
        <translation>Segmente außerhalb der Achse, am Rand gezeichnet: %1</translation>
    </message>
    <message>
        <source>calls on genes of unknown position, not marked: %1</source>
        <translation>Calls zu Genen unbekannter Position, nicht markiert: %1</translation>
    </message>
    <message>
        <source>Chromosome</source>
        <translation>Chromosom</translation>
    </message>
    <message>
        <source>log2 ratio</source>
        <translation>log2-Ratio</translation>
    </message>
    <message>
        <source>Total copy number</source>
        <translation>Gesamte Kopienzahl</translation>
    </message>
</context>
<context>
    <name>onco::CopyNumberReader</name>
    <message>
        <source>loading canceled</source>
        <translation>Laden abgebrochen</translation>
    </message>
    <message>
        <source>the genome build is unknown, so segments are not mapped to genes; give it with --genome</source>
        <translation>die Genomversion ist unbekannt, daher werden Segmente keinen Genen zugeordnet; geben Sie sie mit --genome an</translation>
    </message>
    <message>
        <source>the gene is not named</source>
        <translation>das Gen ist nicht benannt</translation>
    </message>
    <message>
        <source>Entrez gene %1 is not a known protein-coding gene</source>
        <translation>Entrez-Gen %1 ist kein bekanntes proteinkodierendes Gen</translation>
    </message>
    <message>
        <source>%1 and Entrez gene %2 (%3) name different genes; %1 is used</source>
        <translation>%1 und Entrez-Gen %2 (%3) bezeichnen verschiedene Gene; %1 wird verwendet</translation>
    </message>
    <message>
        <source>a copy-number matrix needs a Hugo_Symbol or Entrez_Gene_Id column</source>
        <translation>eine Kopienzahlmatrix braucht eine Spalte Hugo_Symbol oder Entrez_Gene_Id</translation>
    </message>
    <message>
        <source>the matrix has no sample columns</source>
        <translation>die Matrix hat keine Probenspalten</translation>
    </message>
    <message>
        <source>expected %1 columns, found %2</source>
        <translation>%1 Spalten erwartet, %2 gefunden</translation>
    </message>
    <message>
        <source>&apos;%1&apos; for %2 in sample %3 is not a copy-number value; ignored</source>
        <translation>&apos;%1&apos; für %2 in Probe %3 ist kein Kopienzahlwert; ignoriert</translation>
    </message>
    <message>
        <source>a copy-number list needs sample and value columns</source>
        <translation>eine Kopienzahlliste braucht Spalten für Probe und Wert</translation>
    </message>
    <message>
        <source>the copy-number value is empty</source>
        <translation>der Kopienzahlwert ist leer</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a copy-number call (-2..2)</source>
        <translation>&apos;%1&apos; ist kein gültiger Kopienzahlstatus (-2..2)</translation>
    </message>
    <message>
        <source>a segment file needs chromosome, start, end and %1 columns</source>
        <translation>eine Segmentdatei braucht Spalten für Chromosom, Start, Ende und %1</translation>
    </message>
    <message>
        <source>segment %1:%2-%3 has no valid position</source>
        <translation>Segment %1:%2-%3 hat keine gültige Position</translation>
    </message>
    <message>
        <source>segment %1:%2-%3 ends beyond chromosome %1 of %4 (%5 bp): another genome build?</source>
        <translation>Segment %1:%2-%3 reicht über das Ende von Chromosom %1 in %4 (%5 bp) hinaus: eine andere Genomversion?</translation>
    </message>
    <message>
        <source>major/minor copy numbers are not numbers</source>
        <translation>Major-/Minor-Kopienzahlen sind keine Zahlen</translation>
    </message>
    <message>
        <source>segment mean &apos;%1&apos; is not a number</source>
        <translation>Segment-Mittelwert &apos;%1&apos; ist keine Zahl</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is neither an amplification nor a deletion peak</source>
        <translation>&apos;%1&apos; ist weder ein Amplifikations- noch ein Deletions-Peak</translation>
    </message>
    <message>
        <source>wide peak limits &apos;%1&apos; are not chr:start-end</source>
        <translation>die Wide-Peak-Grenzen &apos;%1&apos; haben nicht die Form chr:start-end</translation>
    </message>
    <message numerus="yes">
        <source>%n gene symbols are not protein-coding genes of MANE v1.0 (aliases or non-coding genes?): </source>
        <translation>
            <numerusform>%n Gensymbol ist kein proteinkodierendes Gen von MANE v1.0 (Alias oder nicht kodierendes Gen?): </numerusform>
            <numerusform>%n Gensymbole sind keine proteinkodierenden Gene von MANE v1.0 (Aliasse oder nicht kodierende Gene?): </numerusform>
        </translation>
    </message>
    <message>
        <source>not a copy-number format</source>
        <translation>kein Kopienzahlformat</translation>
    </message>
    <message>
        <source>gene %1 appears again with other values (first at line %2); both rows are kept</source>
        <translation>Gen %1 kommt erneut mit anderen Werten vor (zuerst in Zeile %2); beide Zeilen bleiben erhalten</translation>
    </message>
    <message>
        <source>gene %1 of sample %2 appears again with another value (first at line %3); both rows are kept</source>
        <translation>Gen %1 von Probe %2 kommt erneut mit anderem Wert vor (zuerst in Zeile %3); beide Zeilen bleiben erhalten</translation>
    </message>
</context>
<context>
    <name>onco::DateField</name>
    <message>
        <source>not set</source>
        <translation>nicht gesetzt</translation>
    </message>
    <message>
        <source>Pick from the calendar or type the date; Delete with the date selected leaves it not set</source>
        <translation>Aus dem Kalender wählen oder das Datum eingeben; Entf bei markiertem Datum lässt es leer</translation>
    </message>
</context>
<context>
    <name>onco::DiplotypeCaller</name>
    <message>
        <source>no diplotype</source>
        <translation>kein Diplotyp</translation>
    </message>
    <message>
        <source>no phenotype in the table</source>
        <translation>kein Phänotyp in der Tabelle</translation>
    </message>
    <message>
        <source> (activity score %1)</source>
        <translation> (Aktivitätsscore %1)</translation>
    </message>
    <message>
        <source>%1/%2 (not in the phenotype table)</source>
        <translation>%1/%2 (nicht in der Phänotyptabelle)</translation>
    </message>
    <message>
        <source>Diplotype: the observed alleles placed on two chromosomes so that each is a PharmCAT named allele; the input gives no phase.</source>
        <translation>Diplotyp: die beobachteten Allele so auf zwei Chromosomen verteilt, dass jedes ein benanntes PharmCAT-Allel ist; die Eingabe enthält keine Phase.</translation>
    </message>
    <message>
        <source>The PharmCAT phenotype table (data %1) has no phenotype for %2.</source>
        <translation>Die PharmCAT-Phänotyptabelle (Daten %1) enthält keinen Phänotyp für %2.</translation>
    </message>
    <message>
        <source>Phase unknown: the heterozygous variants are taken to lie on different chromosomes (in trans), the more cautious reading; in cis the result would be %1.</source>
        <translation>Phase unbekannt: die heterozygoten Varianten werden als auf verschiedenen Chromosomen liegend angenommen (in trans), die vorsichtigere Lesart; in cis wäre das Ergebnis %1.</translation>
    </message>
    <message>
        <source>%1 is not a DPYD allele on its own (PharmCAT defines it only as part of %2); it is not counted.</source>
        <translation>%1 ist für sich allein kein DPYD-Allel (PharmCAT definiert es nur als Teil von %2); es wird nicht gezählt.</translation>
    </message>
    <message>
        <source>Diplotype: no pair of named alleles explains every observed variant, so, as CPIC advises for unphased DPYD genotypes, the two alleles of lowest activity (%1, %2) are taken to lie on different chromosomes.</source>
        <translation>Diplotyp: kein Paar benannter Allele erklärt alle beobachteten Varianten; daher werden, wie CPIC es für nicht phasierte DPYD-Genotypen empfiehlt, die beiden Allele mit der geringsten Aktivität (%1, %2) als auf verschiedenen Chromosomen liegend angenommen.</translation>
    </message>
    <message>
        <source>More than two DPYD variant alleles were observed; only the two of lowest activity count for the activity score.</source>
        <translation>Es wurden mehr als zwei DPYD-Variantenallele beobachtet; nur die beiden mit der geringsten Aktivität zählen für den Aktivitätsscore.</translation>
    </message>
    <message>
        <source>The observed variants do not form PharmCAT named alleles of %1 on two chromosomes; no diplotype or phenotype is derived.</source>
        <translation>Die beobachteten Varianten ergeben keine benannten PharmCAT-Allele von %1 auf zwei Chromosomen; es wird weder ein Diplotyp noch ein Phänotyp abgeleitet.</translation>
    </message>
    <message>
        <source>Phase unknown: the genotype fits %1 (%2) as well; the more cautious %3 is reported.</source>
        <translation>Phase unbekannt: der Genotyp passt auch zu %1 (%2); berichtet wird der vorsichtigere Diplotyp %3.</translation>
    </message>
    <message>
        <source>Phase unknown: the genotype also fits %1 (%2); %3 is reported because its named alleles explain the variants with more defined positions (PharmCAT&apos;s rule). Confirm the phase if it matters for dosing.</source>
        <translation>Phase unbekannt: der Genotyp passt auch zu %1 (%2); berichtet wird %3, weil dessen benannte Allele die Varianten mit mehr definierten Positionen erklären (Regel von PharmCAT). Bestätigen Sie die Phase, wenn sie für die Dosierung relevant ist.</translation>
    </message>
</context>
<context>
    <name>onco::EffectPredictor</name>
    <message>
        <source>the change spans an end of the transcript</source>
        <translation>die Veränderung überspannt ein Ende des Transkripts</translation>
    </message>
    <message>
        <source>the change spans the start or the end of the coding sequence</source>
        <translation>die Veränderung überspannt den Anfang oder das Ende der kodierenden Sequenz</translation>
    </message>
    <message>
        <source>no protein sequence of %1 is bundled</source>
        <translation>keine Proteinsequenz von %1 mitgeliefert</translation>
    </message>
    <message>
        <source>the bundled protein of %1 does not fit this transcript model</source>
        <translation>das mitgelieferte Protein von %1 passt nicht zu diesem Transkriptmodell</translation>
    </message>
    <message>
        <source>frameshift from codon %1: the first changed residue and the new reading frame need the reference sequence</source>
        <translation>Frameshift ab Codon %1: für die erste veränderte Aminosäure und das neue Leseraster wird die Referenzsequenz benötigt</translation>
    </message>
    <message>
        <source>an in-frame deletion within codons: the residues it leaves need the reference sequence</source>
        <translation>eine In-frame-Deletion innerhalb von Codons: für die verbleibenden Aminosäuren wird die Referenzsequenz benötigt</translation>
    </message>
    <message>
        <source>an insertion that brings a stop codon after codon %1</source>
        <translation>eine Insertion, die nach Codon %1 ein Stoppcodon einführt</translation>
    </message>
    <message>
        <source>an in-frame insertion within a codon: the residues it gives need the reference sequence</source>
        <translation>eine In-frame-Insertion innerhalb eines Codons: für die entstehenden Aminosäuren wird die Referenzsequenz benötigt</translation>
    </message>
    <message>
        <source>: a missense change at codon %1 (no codon with these bases gives a synonymous or stop codon); the residues need the reference sequence</source>
        <translation>: eine Missense-Veränderung in Codon %1 (kein Codon mit diesen Basen ergibt ein synonymes Codon oder ein Stoppcodon); für die Aminosäuren wird die Referenzsequenz benötigt</translation>
    </message>
    <message>
        <source>: codon %1 changes (missense or stop; never synonymous), which needs the reference codon</source>
        <translation>: Codon %1 ändert sich (Missense oder Stopp; nie synonym); die genaue Änderung erfordert das Referenzcodon</translation>
    </message>
    <message>
        <source>: codon %1 may change or stay synonymous, which needs the reference codon</source>
        <translation>: Codon %1 kann sich ändern oder synonym bleiben; das zu klären erfordert das Referenzcodon</translation>
    </message>
    <message>
        <source>the reference base cannot encode %1%2 of %3: another genome build or transcript?</source>
        <translation>die Referenzbase kann %1%2 von %3 nicht kodieren: andere Genomversion oder anderes Transkript?</translation>
    </message>
    <message>
        <source>a stop codon lost: the extension needs the reference sequence</source>
        <translation>Verlust eines Stoppcodons: für die Verlängerung wird die Referenzsequenz benötigt</translation>
    </message>
    <message>
        <source>%1 (synonymous)</source>
        <translation>%1 (synonym)</translation>
    </message>
    <message>
        <source>%1%2 becomes one of %3: which one needs the reference codon</source>
        <translation>%1%2 wird zu einem von %3: welchem, lässt sich nur mit dem Referenzcodon bestimmen</translation>
    </message>
    <message>
        <source>a change across codons %1-%2: the residues it gives need the reference sequence</source>
        <translation>eine Veränderung über die Codons %1-%2: für die entstehenden Aminosäuren wird die Referenzsequenz benötigt</translation>
    </message>
    <message>
        <source>refGene gene extent</source>
        <translation>refGene-Genbereich</translation>
    </message>
    <message>
        <source>within the extent of %1&apos;s refGene isoforms but outside its modelled transcript: the effect on the other isoforms is not predicted</source>
        <translation>innerhalb des Bereichs der refGene-Isoformen von %1, aber außerhalb seines modellierten Transkripts: der Effekt auf die anderen Isoformen wird nicht vorhergesagt</translation>
    </message>
    <message>
        <source>in the non-coding gene %1 (refGene): whether in an exon or an intron is not modelled</source>
        <translation>im nicht kodierenden Gen %1 (refGene): ob in einem Exon oder Intron, wird nicht modelliert</translation>
    </message>
    <message numerus="yes">
        <source>%n small variant(s) carry no functional annotation and the genome build is not known: gene, consequence and protein change cannot be predicted (give the build: --genome GRCh37 or GRCh38)</source>
        <translation>
            <numerusform>%n kleine Variante trägt keine funktionelle Annotation und die Genomversion ist unbekannt: Gen, Konsequenz und Proteinänderung können nicht vorhergesagt werden (geben Sie die Genomversion an: --genome GRCh37 oder GRCh38)</numerusform>
            <numerusform>%n kleine Varianten tragen keine funktionelle Annotation und die Genomversion ist unbekannt: Gen, Konsequenz und Proteinänderung können nicht vorhergesagt werden (geben Sie die Genomversion an: --genome GRCh37 oder GRCh38)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1:%2 is not in the reference genome %3</source>
        <translation>%1:%2 liegt nicht im Referenzgenom %3</translation>
    </message>
    <message>
        <source>REF %1 at %2:%3 differs from the reference genome&apos;s %4: another genome build or reference? The protein change is not stated</source>
        <translation>REF %1 an %2:%3 weicht vom Referenzgenom ab (%4): andere Genomversion oder Referenz? Die Proteinänderung wird nicht angegeben</translation>
    </message>
    <message>
        <source>OncoBoard (%1): %2</source>
        <translation>OncoBoard (%1): %2</translation>
    </message>
    <message>
        <source>OncoBoard (%1 %2 model, reference genome): %3</source>
        <translation>OncoBoard (Modell %1 %2, Referenzgenom): %3</translation>
    </message>
    <message>
        <source>OncoBoard (%1 %2 model): %3</source>
        <translation>OncoBoard (Modell %1 %2): %3</translation>
    </message>
    <message>
        <source>%L1 variant(s) whose REF differs from the reference genome %2 and %L3 outside it: is it the build the variants were called on?</source>
        <translation>%L1 Variante(n), deren REF vom Referenzgenom %2 abweicht, und %L3 außerhalb davon: ist es die Genomversion, auf der die Varianten bestimmt wurden?</translation>
    </message>
    <message numerus="yes">
        <source>none: the inputs carry no functional annotation and the genome build is not known, so gene, consequence and protein change of %n small variant(s) cannot be predicted</source>
        <translation>
            <numerusform>keine: die Eingaben tragen keine funktionelle Annotation und die Genomversion ist unbekannt, daher können Gen, Konsequenz und Proteinänderung von %n kleinen Variante nicht vorhergesagt werden</numerusform>
            <numerusform>keine: die Eingaben tragen keine funktionelle Annotation und die Genomversion ist unbekannt, daher können Gen, Konsequenz und Proteinänderung von %n kleinen Varianten nicht vorhergesagt werden</numerusform>
        </translation>
    </message>
    <message>
        <source>%L1 from the input</source>
        <translation>%L1 aus der Eingabe</translation>
    </message>
    <message>
        <source>%L1 predicted by OncoBoard from MANE Select transcript models and translated with the reference genome %2</source>
        <translation>%L1 von OncoBoard aus MANE-Select-Transkriptmodellen vorhergesagt und mit dem Referenzgenom %2 translatiert</translation>
    </message>
    <message>
        <source>%L1 predicted by OncoBoard from MANE Select transcript models, without the reference genome (a protein change only where the data determine it)</source>
        <translation>%L1 von OncoBoard aus MANE-Select-Transkriptmodellen vorhergesagt, ohne Referenzgenom (eine Proteinänderung nur, wo die Daten sie bestimmen)</translation>
    </message>
    <message>
        <source>%L1 not annotated (intergenic or no model)</source>
        <translation>%L1 nicht annotiert (intergenisch oder kein Modell)</translation>
    </message>
    <message>
        <source>the reference coding sequence of %1 does not translate to one protein ending in a stop codon: the protein change is not stated</source>
        <translation>die kodierende Referenzsequenz von %1 ergibt translatiert nicht genau ein Protein mit abschließendem Stoppcodon: die Proteinänderung wird nicht angegeben</translation>
    </message>
    <message>
        <source>the changed transcript has no stop codon: the protein change is not stated</source>
        <translation>das veränderte Transkript hat kein Stoppcodon: die Proteinänderung wird nicht angegeben</translation>
    </message>
</context>
<context>
    <name>onco::EvidencePanel</name>
    <message>
        <source>&lt;b&gt;Evidence&lt;/b&gt;&lt;br&gt;Select an alteration to see its evidence.</source>
        <translation>&lt;b&gt;Evidenz&lt;/b&gt;&lt;br&gt;Wählen Sie eine Veränderung, um ihre Evidenz zu sehen.</translation>
    </message>
    <message>
        <source>&lt;p&gt;No knowledge-base evidence matched this alteration.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Keine Evidenz der Wissensdatenbank passt zu dieser Veränderung.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Therapies:&lt;/b&gt; %1%2&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Therapien:&lt;/b&gt; %1%2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Citation:&lt;/b&gt; %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Quelle:&lt;/b&gt; %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Trials:&lt;/b&gt; %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Studien:&lt;/b&gt; %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Why it matched&lt;/b&gt; (%1): %2&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Warum zugeordnet&lt;/b&gt; (%1): %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Source:&lt;/b&gt; %1 %2 &amp;middot; &lt;a href=&apos;%3&apos;&gt;open in %1&lt;/a&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Quelle:&lt;/b&gt; %1 %2 &amp;middot; &lt;a href=&apos;%3&apos;&gt;in %1 öffnen&lt;/a&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>Ü&amp;bernehmen</translation>
    </message>
    <message>
        <source>Take over this decision for the current case</source>
        <translation>Diese Entscheidung für den aktuellen Fall übernehmen</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 evidence items &amp;middot; AMP &lt;b&gt;%3&lt;/b&gt;%4 &amp;middot; ESCAT %5 &amp;middot; OncoKB-style %6%7</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 Evidenzeinträge &amp;middot; AMP &lt;b&gt;%3&lt;/b&gt;%4 &amp;middot; ESCAT %5 &amp;middot; OncoKB-artig %6%7</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Tumor type:&lt;/b&gt; %1 &amp;middot; %2&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Tumorentität:&lt;/b&gt; %1 &amp;middot; %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;%1 &amp;middot; %2 &amp;middot; level %3&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;%1 &amp;middot; %2 &amp;middot; Level %3&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;color:gray&apos;&gt;Statement of %1, in English:&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:gray&apos;&gt;Aussage von %1, im englischen Original:&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>onco::EvidenceTableModel</name>
    <message>
        <source>Evidence</source>
        <translation>Evidenz</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <source>Significance</source>
        <translation>Bedeutung</translation>
    </message>
    <message>
        <source>Therapies</source>
        <translation>Therapien</translation>
    </message>
    <message>
        <source>Disease</source>
        <translation>Erkrankung</translation>
    </message>
    <message>
        <source>same</source>
        <translation>gleich</translation>
    </message>
    <message>
        <source>broader</source>
        <translation>übergeordnet</translation>
    </message>
    <message>
        <source>narrower</source>
        <translation>untergeordnet</translation>
    </message>
    <message>
        <source>off-label</source>
        <translation>off-label</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Tumor type</source>
        <translation>Tumorentität</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Übereinstimmung</translation>
    </message>
</context>
<context>
    <name>onco::ExonIndex</name>
    <message>
        <source>an exon table needs gene, transcript, exon, exons, first_codon and last_codon</source>
        <translation>eine Exontabelle braucht gene, transcript, exon, exons, first_codon und last_codon</translation>
    </message>
    <message>
        <source>exon or codon numbers are not valid</source>
        <translation>Exon- oder Codonnummern sind ungültig</translation>
    </message>
</context>
<context>
    <name>onco::FhirReport</name>
    <message>
        <source>Superseded by version %1 of case %2 of %3: withdrawn in favour of it, which is the report to act on.%4</source>
        <translation>Ersetzt durch Version %1 von Fall %2 vom %3: zugunsten dieser Version zurückgezogen; maßgeblich ist deren Bericht.%4</translation>
    </message>
</context>
<context>
    <name>onco::FusionReader</name>
    <message>
        <source>&apos;%1&apos; does not name two genes</source>
        <translation>&apos;%1&apos; nennt keine zwei Gene</translation>
    </message>
    <message>
        <source>no gene is named</source>
        <translation>kein Gen angegeben</translation>
    </message>
    <message>
        <source>read support not used: %1</source>
        <translation>Read-Unterstützung nicht verwendet: %1</translation>
    </message>
    <message>
        <source>the same event as line %1 with other values; both rows are kept</source>
        <translation>dasselbe Ereignis wie Zeile %1 mit anderen Werten; beide Zeilen werden behalten</translation>
    </message>
</context>
<context>
    <name>onco::GeneTable</name>
    <message>
        <source>not a MANE summary file: columns missing</source>
        <translation>keine MANE-Summary-Datei: Spalten fehlen</translation>
    </message>
    <message>
        <source>malformed gene row</source>
        <translation>fehlerhafte Genzeile</translation>
    </message>
</context>
<context>
    <name>onco::IgvLink</name>
    <message>
        <source>IGV shows %1</source>
        <translation>IGV zeigt %1</translation>
    </message>
    <message>
        <source>IGV answered: %1</source>
        <translation>IGV antwortete: %1</translation>
    </message>
    <message>
        <source>IGV does not answer on port %1: start IGV and enable its batch port (View &gt; Preferences &gt; Advanced &gt; Enable port)</source>
        <translation>IGV antwortet nicht auf Port %1: starten Sie IGV und aktivieren Sie dessen Batch-Port (View &gt; Preferences &gt; Advanced &gt; Enable port)</translation>
    </message>
    <message>
        <source>IGV did not answer within 3 seconds on port %1</source>
        <translation>IGV hat auf Port %1 nicht innerhalb von 3 Sekunden geantwortet</translation>
    </message>
</context>
<context>
    <name>onco::InputFormat</name>
    <message>
        <source>copy-number matrix</source>
        <translation>Kopienzahl-Matrix</translation>
    </message>
    <message>
        <source>copy-number list</source>
        <translation>Kopienzahl-Liste</translation>
    </message>
    <message>
        <source>copy-number segments</source>
        <translation>Kopienzahl-Segmente</translation>
    </message>
    <message>
        <source>allele-specific copy number</source>
        <translation>allelspezifische Kopienzahl</translation>
    </message>
    <message>
        <source>GISTIC lesions</source>
        <translation>GISTIC-Läsionen</translation>
    </message>
    <message>
        <source>structural variants</source>
        <translation>Strukturvarianten</translation>
    </message>
    <message>
        <source>fusions</source>
        <translation>Fusionen</translation>
    </message>
    <message>
        <source>clinical data</source>
        <translation>klinische Daten</translation>
    </message>
    <message>
        <source>biomarkers</source>
        <translation>Biomarker</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>VCF/BCF header</source>
        <translation>VCF/BCF-Header</translation>
    </message>
    <message>
        <source>not a tab-separated table</source>
        <translation>keine tabulatorgetrennte Tabelle</translation>
    </message>
    <message>
        <source>GISTIC peak columns</source>
        <translation>GISTIC-Peak-Spalten</translation>
    </message>
    <message>
        <source>Site1/Site2 columns</source>
        <translation>Site1/Site2-Spalten</translation>
    </message>
    <message>
        <source>fusion columns</source>
        <translation>Fusionsspalten</translation>
    </message>
    <message>
        <source>major/minor copy-number columns</source>
        <translation>Spalten für Major-/Minor-Kopienzahl</translation>
    </message>
    <message>
        <source>segment mean column</source>
        <translation>Segment-Mean-Spalte</translation>
    </message>
    <message>
        <source>one copy-number call per row</source>
        <translation>ein Kopienzahl-Call pro Zeile</translation>
    </message>
    <message>
        <source>ALTERATION column</source>
        <translation>Spalte ALTERATION</translation>
    </message>
    <message>
        <source>MAF columns</source>
        <translation>MAF-Spalten</translation>
    </message>
    <message>
        <source>gene rows with sample columns</source>
        <translation>Genzeilen mit Probenspalten</translation>
    </message>
    <message>
        <source>sample table</source>
        <translation>Probentabelle</translation>
    </message>
    <message>
        <source>no known columns</source>
        <translation>keine bekannten Spalten</translation>
    </message>
</context>
<context>
    <name>onco::InputIssuesDialog</name>
    <message>
        <source>Input issues</source>
        <translation>Probleme der Eingabe</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Effect</source>
        <translation>Auswirkung</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>1 record was skipped</source>
        <translation>1 Datensatz wurde übersprungen</translation>
    </message>
    <message>
        <source>%L1 records were skipped</source>
        <translation>%L1 Datensätze wurden übersprungen</translation>
    </message>
    <message>
        <source>1 warning was raised</source>
        <translation>1 Warnung wurde ausgegeben</translation>
    </message>
    <message>
        <source>%L1 warnings were raised</source>
        <translation>%L1 Warnungen wurden ausgegeben</translation>
    </message>
    <message>
        <source>%1 and %2 while reading the case. Skipped records are not part of the case.</source>
        <translation>Beim Lesen des Falls: %1 und %2. Übersprungene Datensätze gehören nicht zum Fall.</translation>
    </message>
</context>
<context>
    <name>onco::KbSchema</name>
    <message>
        <source>the knowledge base was written by a newer OncoBoard (schema %1, this version reads up to %2)</source>
        <translation>die Wissensdatenbank wurde von einer neueren OncoBoard-Version geschrieben (Schema %1, diese Version liest bis %2)</translation>
    </message>
    <message>
        <source>cannot migrate knowledge-base schema %1 holding user imports</source>
        <translation>Schema %1 der Wissensdatenbank mit Benutzerimporten kann nicht migriert werden</translation>
    </message>
    <message>
        <source>not an OncoBoard knowledge base (the SQLite file belongs to another application or is a case database); it is left untouched</source>
        <translation>keine OncoBoard-Wissensdatenbank (die SQLite-Datei gehört zu einer anderen Anwendung oder ist eine Falldatenbank); sie bleibt unverändert</translation>
    </message>
</context>
<context>
    <name>onco::KbTerms</name>
    <message>
        <source>Predictive</source>
        <translation>Prädiktiv</translation>
    </message>
    <message>
        <source>Diagnostic</source>
        <translation>Diagnostisch</translation>
    </message>
    <message>
        <source>Prognostic</source>
        <translation>Prognostisch</translation>
    </message>
    <message>
        <source>Predisposing</source>
        <translation>Prädisponierend</translation>
    </message>
    <message>
        <source>Oncogenic</source>
        <translation>Onkogen</translation>
    </message>
    <message>
        <source>Functional</source>
        <translation>Funktionell</translation>
    </message>
    <message>
        <source>Supports</source>
        <translation>Stützt</translation>
    </message>
    <message>
        <source>Does Not Support</source>
        <translation>Stützt nicht</translation>
    </message>
    <message>
        <source>Sensitivity/Response</source>
        <translation>Sensitivität/Ansprechen</translation>
    </message>
    <message>
        <source>Resistance</source>
        <translation>Resistenz</translation>
    </message>
    <message>
        <source>Reduced Sensitivity</source>
        <translation>Verminderte Sensitivität</translation>
    </message>
    <message>
        <source>Adverse Response</source>
        <translation>Unerwünschte Wirkung</translation>
    </message>
    <message>
        <source>Predisposition</source>
        <translation>Prädisposition</translation>
    </message>
    <message>
        <source>Protectiveness</source>
        <translation>Schutzwirkung</translation>
    </message>
    <message>
        <source>Positive</source>
        <translation>Positiv</translation>
    </message>
    <message>
        <source>Negative</source>
        <translation>Negativ</translation>
    </message>
    <message>
        <source>Better Outcome</source>
        <translation>Günstigere Prognose</translation>
    </message>
    <message>
        <source>Poor Outcome</source>
        <translation>Ungünstige Prognose</translation>
    </message>
    <message>
        <source>Uncertain Significance</source>
        <translation>Unklare Signifikanz</translation>
    </message>
    <message>
        <source>Oncogenicity</source>
        <translation>Onkogenität</translation>
    </message>
    <message>
        <source>Gain of Function</source>
        <translation>Funktionsgewinn</translation>
    </message>
    <message>
        <source>Loss of Function</source>
        <translation>Funktionsverlust</translation>
    </message>
    <message>
        <source>Dominant Negative</source>
        <translation>Dominant-negativ</translation>
    </message>
    <message>
        <source>Neomorphic</source>
        <translation>Neomorph</translation>
    </message>
    <message>
        <source>Unaltered Function</source>
        <translation>Unveränderte Funktion</translation>
    </message>
    <message>
        <source>Combination</source>
        <translation>Kombination</translation>
    </message>
    <message>
        <source>Sequential</source>
        <translation>sequenziell</translation>
    </message>
    <message>
        <source>Substitutes</source>
        <translation>austauschbar</translation>
    </message>
    <message>
        <source>Normal Metabolizer</source>
        <translation>Normaler Metabolisierer</translation>
    </message>
    <message>
        <source>Intermediate Metabolizer</source>
        <translation>Intermediärer Metabolisierer</translation>
    </message>
    <message>
        <source>Possible Intermediate Metabolizer</source>
        <translation>Möglicher intermediärer Metabolisierer</translation>
    </message>
    <message>
        <source>Poor Metabolizer</source>
        <translation>Langsamer Metabolisierer</translation>
    </message>
    <message>
        <source>Indeterminate</source>
        <translation>Unbestimmt</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Stark</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>Mäßig</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
    <message>
        <source>No Recommendation</source>
        <translation>Keine Empfehlung</translation>
    </message>
</context>
<context>
    <name>onco::KbWriter</name>
    <message>
        <source>%1 %2 is already in the knowledge base</source>
        <translation>%1 %2 ist bereits in der Wissensdatenbank</translation>
    </message>
    <message>
        <source>molecular profile %1 &quot;%2&quot;: %3</source>
        <translation>molekulares Profil %1 &quot;%2&quot;: %3</translation>
    </message>
    <message>
        <source>an evidence item needs a gene and an alteration</source>
        <translation>ein Evidenzeintrag braucht ein Gen und eine Alteration</translation>
    </message>
    <message>
        <source>an evidence item needs an evidence type</source>
        <translation>ein Evidenzeintrag braucht einen Evidenztyp</translation>
    </message>
    <message>
        <source>molecular profile %1 &quot;%2&quot; names variant(s) %3, which the release does not hold: the profile is never matched</source>
        <translation>molekulares Profil %1 &quot;%2&quot; nennt Variante(n) %3, die das Release nicht enthält: das Profil wird nie zugeordnet</translation>
    </message>
</context>
<context>
    <name>onco::KnowledgeBase</name>
    <message>
        <source>cannot create the folder %1</source>
        <translation>der Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>%1 %2 has not been imported</source>
        <translation>%1 %2 wurde nicht importiert</translation>
    </message>
    <message>
        <source>no knowledge-base release with id %1</source>
        <translation>kein Release der Wissensdatenbank mit der ID %1</translation>
    </message>
    <message>
        <source>a local evidence item needs a %1</source>
        <translation>ein lokaler Evidenzeintrag braucht das Feld %1</translation>
    </message>
    <message>
        <source>evidence type must be one of %1, not &apos;%2&apos;</source>
        <translation>der Evidenztyp muss einer von %1 sein, nicht &apos;%2&apos;</translation>
    </message>
    <message>
        <source>level must be A, B, C, D or E, not &apos;%1&apos;</source>
        <translation>das Level muss A, B, C, D oder E sein, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>direction must be &apos;Supports&apos; or &apos;Does Not Support&apos;, not &apos;%1&apos;</source>
        <translation>die Richtung muss &apos;Supports&apos; oder &apos;Does Not Support&apos; sein, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an OncoTree code</source>
        <translation>&apos;%1&apos; ist kein OncoTree-Code</translation>
    </message>
    <message>
        <source>a local evidence item needs a disease, a DOID or an OncoTree code</source>
        <translation>ein lokaler Evidenzeintrag braucht eine Erkrankung, eine DOID oder einen OncoTree-Code</translation>
    </message>
</context>
<context>
    <name>onco::KnowledgeBaseDialog</name>
    <message>
        <source>&amp;Use for annotation</source>
        <translation>Für Annotation &amp;verwenden</translation>
    </message>
    <message>
        <source>Knowledge base</source>
        <translation>Wissensdatenbank</translation>
    </message>
    <message>
        <source>Every release imported into this knowledge base is kept. Annotation uses one release of each source: the one chosen here, else the newest. Each report names the releases it used.</source>
        <translation>Jedes in diese Wissensdatenbank importierte Release bleibt erhalten. Die Annotation verwendet je Quelle ein Release: das hier gewählte, sonst das neueste. Jeder Bericht nennt die verwendeten Releases.</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Release</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>Verwendet</translation>
    </message>
    <message>
        <source>Evidence items</source>
        <translation>Evidenzeinträge</translation>
    </message>
    <message>
        <source>Imported (UTC)</source>
        <translation>Importiert (UTC)</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <source>Import &amp;CIViC release...</source>
        <translation>&amp;CIViC-Release importieren...</translation>
    </message>
    <message>
        <source>Import &amp;OncoKB files...</source>
        <translation>&amp;OncoKB-Dateien importieren...</translation>
    </message>
    <message>
        <source>allActionableVariants.txt / allAnnotatedVariants.txt obtained under your site&apos;s OncoKB licence. They stay on this computer.</source>
        <translation>allActionableVariants.txt / allAnnotatedVariants.txt, bezogen unter der OncoKB-Lizenz Ihrer Einrichtung. Sie verbleiben auf diesem Computer.</translation>
    </message>
    <message>
        <source>Add &amp;local evidence...</source>
        <translation>&amp;Lokale Evidenz hinzufügen...</translation>
    </message>
    <message>
        <source>%1 (shipped)</source>
        <translation>%1 (mitgeliefert)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>reference data</source>
        <translation>Referenzdaten</translation>
    </message>
    <message>
        <source>Choose a release first.</source>
        <translation>Wählen Sie zuerst ein Release.</translation>
    </message>
    <message>
        <source>%1 %2 is now used for annotation.</source>
        <translation>%1 %2 wird jetzt für die Annotation verwendet.</translation>
    </message>
    <message>
        <source>Imported CIViC %1: %2 evidence items, %3 variants; %4 data gaps listed by &apos;oncoboard-cli kb info&apos;.</source>
        <translation>CIViC %1 importiert: %2 Evidenzeinträge, %3 Varianten; %4 Datenlücken, aufgelistet von &apos;oncoboard-cli kb info&apos;.</translation>
    </message>
    <message>
        <source>Imported OncoKB %1: %2 evidence items from %3 actionable and %4 annotated rows.</source>
        <translation>OncoKB %1 importiert: %2 Evidenzeinträge aus %3 therapeutisch relevanten und %4 annotierten Zeilen.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) skipped or questioned; first: %1</source>
        <translation>
            <numerusform>%n Zeile übersprungen oder beanstandet; erste: %1</numerusform>
            <numerusform>%n Zeilen übersprungen oder beanstandet; erste: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>CIViC release folder (the TSV files of one monthly release)</source>
        <translation>CIViC-Release-Ordner (die TSV-Dateien eines monatlichen Release)</translation>
    </message>
    <message>
        <source>OncoKB data files</source>
        <translation>OncoKB-Datendateien</translation>
    </message>
    <message>
        <source>OncoKB tables (*.txt *.tsv);;All files (*)</source>
        <translation>OncoKB-Tabellen (*.txt *.tsv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>OncoKB release</source>
        <translation>OncoKB-Release</translation>
    </message>
    <message>
        <source>Name of this OncoKB release (e.g. its data version, v4.21). Leave empty to take it from the file names or dates.</source>
        <translation>Name dieses OncoKB-Release (z. B. seine Datenversion, v4.21). Leer lassen, um ihn aus den Dateinamen oder dem Dateidatum zu übernehmen.</translation>
    </message>
    <message>
        <source>Added local evidence item Local-%1.</source>
        <translation>Lokaler Evidenzeintrag Local-%1 hinzugefügt.</translation>
    </message>
</context>
<context>
    <name>onco::KnownVariants</name>
    <message>
        <source>%1 %2 documents %3 %4 (%5)</source>
        <translation>%1 %2 dokumentiert %3 %4 (%5)</translation>
    </message>
</context>
<context>
    <name>onco::LiftOver</name>
    <message>
        <source>new chain before the last block line (a single size) of the chain on line %1</source>
        <translation>neue Chain vor der letzten Blockzeile (eine einzelne Größe) der Chain in Zeile %1</translation>
    </message>
    <message>
        <source>chain header needs 12 or 13 fields, found %1</source>
        <translation>Chain-Header benötigt 12 oder 13 Felder, gefunden: %1</translation>
    </message>
    <message>
        <source>chain score is not a number</source>
        <translation>Chain-Score ist keine Zahl</translation>
    </message>
    <message>
        <source>chain sizes and coordinates must be non-negative integers</source>
        <translation>Chain-Größen und -Koordinaten müssen nicht negative ganze Zahlen sein</translation>
    </message>
    <message>
        <source>chain strand must be &apos;+&apos; or &apos;-&apos;</source>
        <translation>Chain-Strang muss &apos;+&apos; oder &apos;-&apos; sein</translation>
    </message>
    <message>
        <source>chain span lies outside its sequence or ends before it starts</source>
        <translation>Chain-Bereich liegt außerhalb seiner Sequenz oder endet vor seinem Beginn</translation>
    </message>
    <message>
        <source>alignment block outside a chain (no chain header before it)</source>
        <translation>Alignment-Block außerhalb einer Chain (kein Chain-Header davor)</translation>
    </message>
    <message>
        <source>alignment block line needs 3 fields (size dt dq), or 1 to end the chain; found %1</source>
        <translation>Alignment-Blockzeile benötigt 3 Felder (size dt dq) oder 1 zum Beenden der Chain; gefunden: %1</translation>
    </message>
    <message>
        <source>alignment block sizes must be non-negative integers</source>
        <translation>Größen von Alignment-Blöcken müssen nicht negative ganze Zahlen sein</translation>
    </message>
    <message>
        <source>alignment block runs past the end of its chain (target %1, query %2)</source>
        <translation>Alignment-Block reicht über das Ende seiner Chain hinaus (Target %1, Query %2)</translation>
    </message>
    <message>
        <source>alignment gap runs past the end of its chain (target %1, query %2)</source>
        <translation>Alignment-Lücke reicht über das Ende ihrer Chain hinaus (Target %1, Query %2)</translation>
    </message>
    <message>
        <source>the blocks of the chain on line %1 end at target %2, query %3, but its header says %4, %5</source>
        <translation>die Blöcke der Chain in Zeile %1 enden bei Target %2, Query %3, ihr Header gibt aber %4, %5 an</translation>
    </message>
    <message>
        <source>empty line inside the chain on line %1, before its last block line (a single size)</source>
        <translation>leere Zeile innerhalb der Chain in Zeile %1, vor ihrer letzten Blockzeile (eine einzelne Größe)</translation>
    </message>
    <message>
        <source>file ends inside the chain on line %1, before its last block line (a single size)</source>
        <translation>Datei endet innerhalb der Chain in Zeile %1, vor ihrer letzten Blockzeile (eine einzelne Größe)</translation>
    </message>
    <message>
        <source>no chains in the file</source>
        <translation>keine Chains in der Datei</translation>
    </message>
    <message>
        <source>GRCh38 to GRCh37 lift-over unavailable: %1</source>
        <translation>Lift-over von GRCh38 nach GRCh37 nicht verfügbar: %1</translation>
    </message>
</context>
<context>
    <name>onco::LineReader</name>
    <message>
        <source>cannot open: %1</source>
        <translation>kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>cannot start gzip decompression</source>
        <translation>gzip-Dekompression kann nicht gestartet werden</translation>
    </message>
    <message>
        <source>read error: %1</source>
        <translation>Lesefehler: %1</translation>
    </message>
    <message>
        <source>corrupt gzip data</source>
        <translation>beschädigte gzip-Daten</translation>
    </message>
    <message>
        <source>truncated gzip data</source>
        <translation>abgeschnittene gzip-Daten</translation>
    </message>
    <message>
        <source>truncated BGZF data: the end-of-file block is missing</source>
        <translation>abgeschnittene BGZF-Daten: der End-of-File-Block fehlt</translation>
    </message>
    <message>
        <source>line %1 is longer than %2 MiB: not a text file</source>
        <translation>Zeile %1 ist länger als %2 MiB: keine Textdatei</translation>
    </message>
</context>
<context>
    <name>onco::LocalEvidenceDialog</name>
    <message>
        <source>Add local evidence</source>
        <translation>Lokale Evidenz hinzufügen</translation>
    </message>
    <message>
        <source>HGNC symbol, e.g. BRAF</source>
        <translation>HGNC-Symbol, z. B. BRAF</translation>
    </message>
    <message>
        <source>as CIViC names it: V600E, Amplification, Exon 19 Deletion</source>
        <translation>wie in CIViC benannt: V600E, Amplification, Exon 19 Deletion</translation>
    </message>
    <message>
        <source>e.g. 1909</source>
        <translation>z. B. 1909</translation>
    </message>
    <message>
        <source>separate several with &apos;;&apos;</source>
        <translation>mehrere mit &apos;;&apos; trennen</translation>
    </message>
    <message>
        <source>The claim, as the board would cite it.</source>
        <translation>Die Aussage, wie die Tumorkonferenz sie zitieren würde.</translation>
    </message>
    <message>
        <source>why this item is added locally</source>
        <translation>warum dieser Eintrag lokal hinzugefügt wird</translation>
    </message>
    <message>
        <source>&amp;Gene</source>
        <translation>&amp;Gen</translation>
    </message>
    <message>
        <source>&amp;Alteration</source>
        <translation>&amp;Alteration</translation>
    </message>
    <message>
        <source>Evidence &amp;type</source>
        <translation>Evidenz&amp;typ</translation>
    </message>
    <message>
        <source>&amp;Level</source>
        <translation>&amp;Level</translation>
    </message>
    <message>
        <source>&amp;Direction</source>
        <translation>&amp;Richtung</translation>
    </message>
    <message>
        <source>&amp;Significance</source>
        <translation>&amp;Bedeutung</translation>
    </message>
    <message>
        <source>Tumor type (OncoTree)</source>
        <translation>Tumorentität (OncoTree)</translation>
    </message>
    <message>
        <source>or disease name</source>
        <translation>oder Name der Erkrankung</translation>
    </message>
    <message>
        <source>and/or DOID</source>
        <translation>und/oder DOID</translation>
    </message>
    <message>
        <source>T&amp;herapies</source>
        <translation>T&amp;herapien</translation>
    </message>
    <message>
        <source>Therapy interaction</source>
        <translation>Therapieinteraktion</translation>
    </message>
    <message>
        <source>S&amp;tatement</source>
        <translation>Au&amp;ssage</translation>
    </message>
    <message>
        <source>PubMed id</source>
        <translation>PubMed-ID</translation>
    </message>
    <message>
        <source>Citation</source>
        <translation>Zitat</translation>
    </message>
    <message>
        <source>&amp;Curator</source>
        <translation>&amp;Kurator*in</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>Begründu&amp;ng</translation>
    </message>
</context>
<context>
    <name>onco::LollipopPlot</name>
    <message>
        <source>Missense</source>
        <translation>Missense</translation>
    </message>
    <message>
        <source>Truncating</source>
        <translation>Trunkierend</translation>
    </message>
    <message>
        <source>In-frame</source>
        <translation>In-frame</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstige</translation>
    </message>
    <message numerus="yes">
        <source>%n small variant(s) without gene or protein change: annotate the input (VEP, SnpEff, bcftools csq) to draw them along the protein</source>
        <translation>
            <numerusform>%n kleine Variante ohne Gen oder Proteinänderung: annotieren Sie die Eingabe (VEP, SnpEff, bcftools csq), um sie entlang des Proteins darzustellen</numerusform>
            <numerusform>%n kleine Varianten ohne Gen oder Proteinänderung: annotieren Sie die Eingabe (VEP, SnpEff, bcftools csq), um sie entlang des Proteins darzustellen</numerusform>
        </translation>
    </message>
    <message>
        <source>No protein-changing mutations in this case</source>
        <translation>Keine proteinverändernden Mutationen in diesem Fall</translation>
    </message>
    <message>
        <source>No protein-changing mutations in %1</source>
        <translation>Keine proteinverändernden Mutationen in %1</translation>
    </message>
    <message>
        <source>%1 · protein-changing mutations: %2 · residues: %3</source>
        <translation>%1 · proteinverändernde Mutationen: %2 · Aminosäuren: %3</translation>
    </message>
    <message>
        <source>protein length unknown: axis to the last mutated residue + 10%</source>
        <translation>Proteinlänge unbekannt: Achse bis zur letzten mutierten Aminosäure + 10%</translation>
    </message>
    <message>
        <source>mutations beyond the %1 aa protein of the length table (another isoform?)</source>
        <translation>Mutationen jenseits des Proteins mit %1 aa laut Längentabelle (andere Isoform?)</translation>
    </message>
    <message>
        <source>%1 aa</source>
        <translation>%1 aa</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Mutations</source>
        <translation>Mutationen</translation>
    </message>
    <message>
        <source>Residue (aa)</source>
        <translation>Aminosäureposition (aa)</translation>
    </message>
</context>
<context>
    <name>onco::MafReader</name>
    <message>
        <source>a mutation table needs Chromosome, Start_Position, Reference_Allele and Tumor_Seq_Allele2 columns, or Hugo_Symbol with a protein change (HGVSp_Short)</source>
        <translation>eine Mutationstabelle braucht die Spalten Chromosome, Start_Position, Reference_Allele und Tumor_Seq_Allele2 oder Hugo_Symbol mit einer Proteinänderung (HGVSp_Short)</translation>
    </message>
    <message>
        <source>the line is not valid UTF-8; unreadable characters were replaced</source>
        <translation>die Zeile ist kein gültiges UTF-8; unlesbare Zeichen wurden ersetzt</translation>
    </message>
    <message>
        <source>Start_Position &apos;%1&apos; is not a positive whole number</source>
        <translation>Start_Position &apos;%1&apos; ist keine positive ganze Zahl</translation>
    </message>
    <message>
        <source>Chromosome is empty</source>
        <translation>Chromosome ist leer</translation>
    </message>
    <message>
        <source>alleles &apos;%1&apos; &gt; &apos;%2&apos; must be A, C, G, T, N or &apos;-&apos;</source>
        <translation>Allele &apos;%1&apos; &gt; &apos;%2&apos; müssen A, C, G, T, N oder &apos;-&apos; sein</translation>
    </message>
    <message>
        <source>the tumor allele equals the reference allele</source>
        <translation>das Tumorallel entspricht dem Referenzallel</translation>
    </message>
    <message>
        <source>the row neither places nor names a mutation</source>
        <translation>die Zeile gibt weder Position noch Namen einer Mutation an</translation>
    </message>
    <message>
        <source>loading canceled</source>
        <translation>Laden abgebrochen</translation>
    </message>
    <message>
        <source>NCBI_Build column</source>
        <translation>Spalte NCBI_Build</translation>
    </message>
    <message>
        <source>NCBI_Build says %1 but the case is %2; coordinates are read as %2</source>
        <translation>NCBI_Build gibt %1 an, der Fall ist aber %2; Koordinaten werden als %2 gelesen</translation>
    </message>
    <message numerus="yes">
        <source>%n rows of other samples are not part of this case</source>
        <translation>
            <numerusform>%n Zeile einer anderen Probe gehört nicht zu diesem Fall</numerusform>
            <numerusform>%n Zeilen anderer Proben gehören nicht zu diesem Fall</numerusform>
        </translation>
    </message>
    <message>
        <source>expected %1 tab-separated columns, found %2: the columns after a missing or extra field would be shifted</source>
        <translation>%1 tabulatorgetrennte Spalten erwartet, %2 gefunden: die Spalten nach einem fehlenden oder zusätzlichen Feld wären verschoben</translation>
    </message>
    <message>
        <source>Start_Position is &apos;%1&apos;: the row is kept by its gene and %2, without a place</source>
        <translation>Start_Position ist &apos;%1&apos;: die Zeile bleibt über ihr Gen und %2 erhalten, ohne Position</translation>
    </message>
    <message>
        <source>%1 read support not used: %2</source>
        <translation>Read-Daten (%1) nicht verwendet: %2</translation>
    </message>
</context>
<context>
    <name>onco::MainWindow</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation>(nicht angegeben)</translation>
    </message>
    <message>
        <source>Knowledge base: %1 %2</source>
        <translation>Wissensdatenbank: %1 %2</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Open...</source>
        <translation>Ö&amp;ffnen...</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About OncoBoard</source>
        <translation>Ü&amp;ber OncoBoard</translation>
    </message>
    <message>
        <source>About OncoBoard</source>
        <translation>Über OncoBoard</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Fall</translation>
    </message>
    <message>
        <source>Tumor type: </source>
        <translation>Tumorentität: </translation>
    </message>
    <message>
        <source>Loading %1...</source>
        <translation>%1 wird geladen...</translation>
    </message>
    <message>
        <source>Loading canceled.</source>
        <translation>Laden abgebrochen.</translation>
    </message>
    <message>
        <source>Could not open the case.</source>
        <translation>Der Fall konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>Could not open the case</source>
        <translation>Der Fall konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Knowledge base: %1</source>
        <translation>Wissensdatenbank: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n alterations</source>
        <translation>
            <numerusform>%n Veränderung</numerusform>
            <numerusform>%n Veränderungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with evidence</source>
        <translation>
            <numerusform>%n mit Evidenz</numerusform>
            <numerusform>%n mit Evidenz</numerusform>
        </translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Fälle</translation>
    </message>
    <message>
        <source>Open a case&apos;s files or folder (File &gt; Open, or drop them here), or a case on the left.</source>
        <translation>Öffnen Sie die Dateien oder den Ordner eines Falls (Datei &gt; Öffnen, oder hierher ziehen) oder links einen Fall.</translation>
    </message>
    <message>
        <source>Open a case&apos;s files</source>
        <translation>Dateien eines Falls öffnen</translation>
    </message>
    <message>
        <source>Case files (*.vcf *.vcf.gz *.bcf *.maf *.maf.gz *.txt *.tsv *.seg *.gz);;All files (*)</source>
        <translation>Falldateien (*.vcf *.vcf.gz *.bcf *.maf *.maf.gz *.txt *.tsv *.seg *.gz);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Case database %1</source>
        <translation>Falldatenbank %1</translation>
    </message>
    <message>
        <source>Open a case first</source>
        <translation>Öffnen Sie zuerst einen Fall</translation>
    </message>
    <message>
        <source>Saved as case %1 (draft)</source>
        <translation>Als Fall %1 gespeichert (Entwurf)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Choose the patient&apos;s sample.</source>
        <translation>Wählen Sie die Probe der Patientin bzw. des Patienten.</translation>
    </message>
    <message>
        <source>same patient</source>
        <translation>dieselbe Person</translation>
    </message>
    <message>
        <source>patient %1</source>
        <translation>Patient*in %1</translation>
    </message>
    <message>
        <source>Open &amp;Folder...</source>
        <translation>&amp;Ordner öffnen...</translation>
    </message>
    <message>
        <source>Open a case folder</source>
        <translation>Fallordner öffnen</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>Open Case &amp;Database...</source>
        <translation>Falldatenban&amp;k öffnen...</translation>
    </message>
    <message>
        <source>Open a case database</source>
        <translation>Falldatenbank öffnen</translation>
    </message>
    <message>
        <source>Case databases (*.sqlite);;All files (*)</source>
        <translation>Falldatenbanken (*.sqlite);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>&amp;Save to Case Database...</source>
        <translation>In Falldatenbank &amp;speichern...</translation>
    </message>
    <message>
        <source>Save the case</source>
        <translation>Fall speichern</translation>
    </message>
    <message>
        <source>Patient pseudonym (leave empty for a new one):</source>
        <translation>Patientenpseudonym (leer lassen für ein neues):</translation>
    </message>
    <message>
        <source>&amp;Export Report...</source>
        <translation>Bericht e&amp;xportieren...</translation>
    </message>
    <message>
        <source>PDF case summary (*.pdf)</source>
        <translation>PDF-Fallzusammenfassung (*.pdf)</translation>
    </message>
    <message>
        <source>Report JSON (*.json)</source>
        <translation>Bericht als JSON (*.json)</translation>
    </message>
    <message>
        <source>FHIR Genomics Reporting bundle (*.fhir.json)</source>
        <translation>FHIR-Genomics-Reporting-Bundle (*.fhir.json)</translation>
    </message>
    <message>
        <source>Export the case report</source>
        <translation>Fallbericht exportieren</translation>
    </message>
    <message>
        <source>Report &amp;Settings...</source>
        <translation>Berichts&amp;einstellungen...</translation>
    </message>
    <message>
        <source>&amp;Import Case Bundle...</source>
        <translation>Fallpaket &amp;importieren...</translation>
    </message>
    <message>
        <source>Import a case bundle</source>
        <translation>Fallpaket importieren</translation>
    </message>
    <message>
        <source>Case %1 is already in the database</source>
        <translation>Fall %1 ist bereits in der Datenbank</translation>
    </message>
    <message>
        <source>Imported case %1</source>
        <translation>Fall %1 importiert</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>&amp;Bewertung</translation>
    </message>
    <message>
        <source>&amp;Include in report</source>
        <translation>In den Bericht a&amp;ufnehmen</translation>
    </message>
    <message>
        <source>&amp;Exclude</source>
        <translation>Aus&amp;schließen</translation>
    </message>
    <message>
        <source>&amp;VUS</source>
        <translation>&amp;VUS</translation>
    </message>
    <message>
        <source>&amp;Artefact</source>
        <translation>&amp;Artefakt</translation>
    </message>
    <message>
        <source>&amp;Germline referral</source>
        <translation>Überweisung zur Keimbahn&amp;diagnostik</translation>
    </message>
    <message>
        <source>Decision with &amp;Comment...</source>
        <translation>Entscheidung mit &amp;Kommentar...</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>Decision:</source>
        <translation>Entscheidung:</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>Comment:</source>
        <translation>Kommentar:</translation>
    </message>
    <message>
        <source>Accept Earlier Decision</source>
        <translation>Frühere Entscheidung übernehmen</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>Mark &amp;Preliminary...</source>
        <translation>Als vorläufig &amp;markieren...</translation>
    </message>
    <message>
        <source>Sign &amp;Final...</source>
        <translation>&amp;Endgültig freigeben...</translation>
    </message>
    <message>
        <source>A&amp;mend...</source>
        <translation>&amp;Nachtrag erstellen...</translation>
    </message>
    <message>
        <source>Amend the case</source>
        <translation>Nachtrag zum Fall erstellen</translation>
    </message>
    <message>
        <source>Open in &amp;IGV</source>
        <translation>In &amp;IGV öffnen</translation>
    </message>
    <message>
        <source>This alteration has no genomic position</source>
        <translation>Diese Alteration hat keine genomische Position</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Find...</source>
        <translation>&amp;Suchen...</translation>
    </message>
    <message>
        <source>&amp;Presentation Mode</source>
        <translation>&amp;Präsentationsmodus</translation>
    </message>
    <message>
        <source>&amp;Knowledge base</source>
        <translation>&amp;Wissensdatenbank</translation>
    </message>
    <message>
        <source>&amp;Releases and local evidence...</source>
        <translation>&amp;Releases und lokale Evidenz...</translation>
    </message>
    <message>
        <source>An export is running</source>
        <translation>Ein Export läuft</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>Export läuft</translation>
    </message>
    <message>
        <source>Writing %1...</source>
        <translation>%1 wird geschrieben...</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>%1 geschrieben</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <source>Pharmacogenomics</source>
        <translation>Pharmakogenomik</translation>
    </message>
    <message>
        <source>%1 is a retired OncoTree code: %2 (%3) replaces it</source>
        <translation>%1 ist ein nicht mehr gültiger OncoTree-Code: %2 (%3) ersetzt ihn</translation>
    </message>
    <message>
        <source> Mb</source>
        <translation> Mb</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>The assay&apos;s coding territory in megabases (e.g. 1.94 for TSO500, about 38 for an exome): OncoBoard then estimates the tumor mutational burden from the calls when no input states it</source>
        <translation>Die kodierende Zielregion des Tests in Megabasen (z. B. 1,94 für TSO500, etwa 38 für ein Exom): OncoBoard schätzt dann die Tumormutationslast aus den Calls, wenn keine Eingabe sie angibt</translation>
    </message>
    <message>
        <source>from the files</source>
        <translation>aus den Dateien</translation>
    </message>
    <message>
        <source>The genome build of the inputs; &quot;from the files&quot; reads it from contig lengths, a reference line or the MAF&apos;s NCBI_Build</source>
        <translation>Die Genomversion der Eingaben; „aus den Dateien“ liest sie aus Contig-Längen, einer Referenzzeile oder der Spalte NCBI_Build der MAF</translation>
    </message>
    <message>
        <source>Tumor type %1 is kept from the case before: check it for this patient (toolbar)</source>
        <translation>Tumorentität %1 wurde aus dem vorherigen Fall übernommen: prüfen Sie, ob sie für diese Person zutrifft (Werkzeugleiste)</translation>
    </message>
    <message>
        <source>Opening %1...</source>
        <translation>%1 wird geöffnet...</translation>
    </message>
    <message>
        <source>Select an alteration to review</source>
        <translation>Wählen Sie eine Alteration zur Bewertung</translation>
    </message>
    <message>
        <source>Say who is reviewing first</source>
        <translation>Geben Sie zuerst an, wer begutachtet</translation>
    </message>
    <message>
        <source>SUPERSEDED – %1: a newer version amends it</source>
        <translation>ERSETZT – %1: eine neuere Version mit Nachtrag ersetzt sie</translation>
    </message>
    <message>
        <source>FINAL – %1, signed by %2 on %3</source>
        <translation>ENDGÜLTIG – %1, freigegeben von %2 am %3</translation>
    </message>
    <message>
        <source>PRELIMINARY – %1, not signed final</source>
        <translation>VORLÄUFIG – %1, nicht endgültig freigegeben</translation>
    </message>
    <message>
        <source>DRAFT – %1, not signed</source>
        <translation>ENTWURF – %1, nicht freigegeben</translation>
    </message>
    <message>
        <source>NOT SAVED – read from files, no decision recorded</source>
        <translation>NICHT GESPEICHERT – aus Dateien gelesen, keine Entscheidung erfasst</translation>
    </message>
    <message>
        <source>Meeting %1 has no case on its agenda</source>
        <translation>Sitzung %1 hat keinen Fall auf der Tagesordnung</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;font-size:x-large&apos;&gt;%1&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;font-size:x-large&apos;&gt;%1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Question to the board:&lt;/b&gt;&lt;/p&gt;&lt;p style=&apos;font-size:x-large&apos;&gt;%1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Fragestellung an die Tumorkonferenz:&lt;/b&gt;&lt;/p&gt;&lt;p style=&apos;font-size:x-large&apos;&gt;%1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>(none recorded)</source>
        <translation>(keine erfasst)</translation>
    </message>
    <message>
        <source>&lt;p&gt;Presented by %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;Vorgestellt von %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Conclusion recorded:&lt;/b&gt; %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Erfasster Beschluss:&lt;/b&gt; %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;color:gray&apos;&gt;Right arrow: the findings and the plan &amp;middot; Page Down / Page Up: next or previous case &amp;middot; R: record the conclusion &amp;middot; Escape: leave&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:gray&apos;&gt;Pfeil nach rechts: Befunde und Plan &amp;middot; Bild ab / Bild auf: nächster oder vorheriger Fall &amp;middot; R: Beschluss erfassen &amp;middot; Esc: beenden&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 – case %2 of %3: patient %4</source>
        <translation>%1 – Fall %2 von %3: Patient*in %4</translation>
    </message>
    <message>
        <source>Record Conclusion</source>
        <translation>Beschluss erfassen</translation>
    </message>
    <message>
        <source>What the board concluded:</source>
        <translation>Beschluss der Tumorkonferenz:</translation>
    </message>
    <message>
        <source>The reference genome %1 is gone: effects are predicted without it (File &gt; Reference Genome)</source>
        <translation>Das Referenzgenom %1 ist nicht mehr vorhanden: Auswirkungen werden ohne es vorhergesagt (Datei &gt; Referenzgenom)</translation>
    </message>
    <message>
        <source>1 record skipped</source>
        <translation>1 Datensatz übersprungen</translation>
    </message>
    <message>
        <source>%L1 records skipped</source>
        <translation>%L1 Datensätze übersprungen</translation>
    </message>
    <message>
        <source>1 warning...</source>
        <translation>1 Warnung...</translation>
    </message>
    <message>
        <source>%L1 warnings...</source>
        <translation>%L1 Warnungen...</translation>
    </message>
    <message>
        <source>The inputs carry no functional annotation and their genome build is not known: choose the build in the toolbar to predict genes and effects</source>
        <translation>Die Eingaben tragen keine funktionelle Annotation und ihre Genomversion ist nicht bekannt: wählen Sie die Genomversion in der Werkzeugleiste, um Gene und Auswirkungen vorherzusagen</translation>
    </message>
    <message>
        <source>Genes and effects of %L1 unannotated variants predicted by OncoBoard (hover a protein change for what stays open)</source>
        <translation>Gene und Auswirkungen von %L1 nicht annotierten Varianten von OncoBoard vorhergesagt (zeigen Sie mit der Maus auf eine Proteinänderung, um zu sehen, was offen bleibt)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Board decision:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Entscheidung der Tumorkonferenz:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Board decision:&lt;/b&gt; %1 – “%2”</source>
        <translation>&lt;b&gt;Entscheidung der Tumorkonferenz:&lt;/b&gt; %1 – „%2“</translation>
    </message>
    <message>
        <source>%1 recommended for %2, given to %3</source>
        <translation>%1: empfohlen für %2, verabreicht bei %3</translation>
    </message>
    <message>
        <source>, not given to %1</source>
        <translation>, nicht verabreicht bei %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 earlier patients here&lt;/b&gt; with this alteration: %2. Outcomes as recorded in this case database; not evidence from studies.</source>
        <translation>&lt;b&gt;%1 frühere Patient*innen hier&lt;/b&gt; mit dieser Alteration: %2. Verläufe wie in dieser Falldatenbank erfasst; keine Evidenz aus Studien.</translation>
    </message>
    <message>
        <source>Earlier patients cannot be read: %1</source>
        <translation>Daten früherer Patient*innen können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Earlier decision:&lt;/b&gt; %1 by %2 on %3 in %4 (%5)%6</source>
        <translation>&lt;b&gt;Frühere Entscheidung:&lt;/b&gt; %1 von %2 am %3 in %4 (%5)%6</translation>
    </message>
    <message>
        <source>Reviewer: %1</source>
        <translation>Begutachter*in: %1</translation>
    </message>
    <message>
        <source>Reviewer: not set</source>
        <translation>Begutachter*in: nicht festgelegt</translation>
    </message>
    <message>
        <source>&lt;b&gt;SUPERSEDED&lt;/b&gt; – %1 is not the current version: version %2 amends it (case list, left)</source>
        <translation>&lt;b&gt;ERSETZT&lt;/b&gt; – %1 ist nicht die aktuelle Version: Version %2 ersetzt sie per Nachtrag (Fallliste, links)</translation>
    </message>
    <message>
        <source>&lt;b&gt;FINAL&lt;/b&gt; – %1, signed by %2 on %3; locked</source>
        <translation>&lt;b&gt;ENDGÜLTIG&lt;/b&gt; – %1, freigegeben von %2 am %3; gesperrt</translation>
    </message>
    <message>
        <source>&lt;b&gt;PRELIMINARY&lt;/b&gt; – %1: not signed final</source>
        <translation>&lt;b&gt;VORLÄUFIG&lt;/b&gt; – %1: nicht endgültig freigegeben</translation>
    </message>
    <message>
        <source>&lt;b&gt;DRAFT&lt;/b&gt; – %1, amending version %2: not signed</source>
        <translation>&lt;b&gt;ENTWURF&lt;/b&gt; – %1, Nachtrag zu Version %2: nicht freigegeben</translation>
    </message>
    <message>
        <source>&lt;b&gt;DRAFT&lt;/b&gt; – %1: not signed</source>
        <translation>&lt;b&gt;ENTWURF&lt;/b&gt; – %1: nicht freigegeben</translation>
    </message>
    <message>
        <source>Case %1, version %2 (%3, %4, SUPERSEDED by a newer version) - %5</source>
        <translation>Fall %1, Version %2 (%3, %4, ERSETZT durch eine neuere Version) - %5</translation>
    </message>
    <message>
        <source>Case %1, version %2 (%3, %4) - %5</source>
        <translation>Fall %1, Version %2 (%3, %4) - %5</translation>
    </message>
    <message>
        <source>Changed by %1; shown as it now is</source>
        <translation>Geändert von %1; aktueller Stand wird angezeigt</translation>
    </message>
    <message>
        <source>The case was changed elsewhere; shown as it now is</source>
        <translation>Der Fall wurde an anderer Stelle geändert; aktueller Stand wird angezeigt</translation>
    </message>
    <message>
        <source>The case was changed</source>
        <translation>Der Fall wurde geändert</translation>
    </message>
    <message>
        <source>Your decision was not recorded: %1 changed the case while you were reviewing it. The case is now shown as it is (this alteration: %2).

Record your decision &quot;%3&quot; now?</source>
        <translation>Ihre Entscheidung wurde nicht erfasst: %1 hat den Fall während Ihrer Bewertung geändert. Der Fall wird jetzt im aktuellen Stand angezeigt (diese Alteration: %2).

Ihre Entscheidung „%3“ jetzt erfassen?</translation>
    </message>
    <message>
        <source>no decision</source>
        <translation>keine Entscheidung</translation>
    </message>
    <message>
        <source>The case is final and locked</source>
        <translation>Der Fall ist endgültig und gesperrt</translation>
    </message>
    <message>
        <source>%1 is final and locked</source>
        <translation>%1 ist endgültig und gesperrt</translation>
    </message>
    <message>
        <source>%1 is final and locked (signed by %2 on %3)</source>
        <translation>%1 ist endgültig und gesperrt (freigegeben von %2 am %3)</translation>
    </message>
    <message>
        <source>%1; a newer version amends it: open that one</source>
        <translation>%1; eine neuere Version mit Nachtrag liegt vor: öffnen Sie diese</translation>
    </message>
    <message>
        <source>%1: Review &gt; Amend makes a new version to change</source>
        <translation>%1: Bewertung &gt; Nachtrag erstellen legt eine neue, änderbare Version an</translation>
    </message>
    <message>
        <source>Connect to Case Database Ser&amp;ver...</source>
        <translation>Mit Falldatenbank-Ser&amp;ver verbinden...</translation>
    </message>
    <message>
        <source>Connect to a case database server</source>
        <translation>Mit einem Falldatenbank-Server verbinden</translation>
    </message>
    <message>
        <source>PostgreSQL address (postgresql://USER@HOST:PORT/DATABASE).
The password is taken from ~/.pgpass or PGPASSWORD, never typed here.</source>
        <translation>PostgreSQL-Adresse (postgresql://USER@HOST:PORT/DATABASE).
Das Passwort wird aus ~/.pgpass oder PGPASSWORD übernommen, nie hier eingegeben.</translation>
    </message>
    <message>
        <source>Pa&amp;tient Identifiers...</source>
        <translation>Pa&amp;tienten-Identifikationsdaten...</translation>
    </message>
    <message>
        <source>Save the case to the case database to give its patient&apos;s identifiers</source>
        <translation>Speichern Sie den Fall in der Falldatenbank, um Patienten-Identifikationsdaten anzugeben</translation>
    </message>
    <message>
        <source>Identifiers of %1 stored, sealed</source>
        <translation>Identifikationsdaten von %1 verschlüsselt gespeichert</translation>
    </message>
    <message>
        <source>Nothing to export: open a case first (File &gt; Open, or a case on the left)</source>
        <translation>Nichts zu exportieren: öffnen Sie zuerst einen Fall (Datei &gt; Öffnen, oder links einen Fall)</translation>
    </message>
    <message>
        <source>An export is running: wait for it to finish</source>
        <translation>Ein Export läuft: warten Sie, bis er abgeschlossen ist</translation>
    </message>
    <message>
        <source>Reference &amp;Genome...</source>
        <translation>&amp;Referenzgenom...</translation>
    </message>
    <message>
        <source>Nothing to undo: no decision was made since the case was opened</source>
        <translation>Nichts rückgängig zu machen: seit dem Öffnen des Falls wurde keine Entscheidung getroffen</translation>
    </message>
    <message>
        <source>Nothing to redo</source>
        <translation>Nichts wiederherzustellen</translation>
    </message>
    <message>
        <source>Add to &amp;Plan</source>
        <translation>Zum &amp;Plan hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Therapy...</source>
        <translation>&amp;Therapie...</translation>
    </message>
    <message>
        <source>Clinical t&amp;rial...</source>
        <translation>&amp;Klinische Studie...</translation>
    </message>
    <message>
        <source>Further &amp;diagnostics...</source>
        <translation>Weitere &amp;Diagnostik...</translation>
    </message>
    <message>
        <source>Save the case to the case database to build the board&apos;s plan</source>
        <translation>Speichern Sie den Fall in der Falldatenbank, um den Plan der Tumorkonferenz zu erstellen</translation>
    </message>
    <message>
        <source>The signed version stays as it is; a new draft version with its decisions and plan is made.
Reason for the amendment (required):</source>
        <translation>Die freigegebene Version bleibt unverändert; es wird eine neue Entwurfsversion mit ihren Entscheidungen und ihrem Plan angelegt.
Begründung für den Nachtrag (erforderlich):</translation>
    </message>
    <message>
        <source>Verif&amp;y Signatures...</source>
        <translation>Signa&amp;turen prüfen...</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Signaturen</translation>
    </message>
    <message>
        <source>Every signature of %1 verifies: the case and its report are what was signed.</source>
        <translation>Jede Signatur von %1 ist gültig: Fall und Bericht entsprechen dem, was signiert wurde.</translation>
    </message>
    <message>
        <source>The signatures of %1 do not verify.</source>
        <translation>Die Signaturen von %1 sind nicht gültig.</translation>
    </message>
    <message>
        <source>&lt;h3&gt;OncoBoard %1&lt;/h3&gt;&lt;p&gt;An offline desktop tool for molecular tumor boards.&lt;/p&gt;&lt;p&gt;Licensed under the Apache License 2.0.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Data shipped with OncoBoard&lt;/b&gt;&lt;br&gt;CIViC %2 - Clinical Interpretation of Variants in Cancer (civicdb.org), CC0 1.0; Griffith M et al., Nat Genet 2017;49:170-174.&lt;br&gt;OncoTree %3, Memorial Sloan Kettering Cancer Center, CC BY 4.0.&lt;br&gt;Human Disease Ontology, CC0 1.0. CancerMine gene roles, CC0 1.0. pharmOncoX drug synonyms (NCIt, CC BY 4.0; ChEMBL, CC BY-SA 3.0). Protein lengths from maftools, MIT. Transcript models: MANE v1.0 with UCSC refGene exon structures (public data). Protein sequences from Ensembl, compiled by the protean project, CC BY 4.0.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;OncoBoard %1&lt;/h3&gt;&lt;p&gt;Ein Offline-Desktop-Werkzeug für molekulare Tumorkonferenzen.&lt;/p&gt;&lt;p&gt;Lizenziert unter der Apache License 2.0.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Mit OncoBoard ausgelieferte Daten&lt;/b&gt;&lt;br&gt;CIViC %2 - Clinical Interpretation of Variants in Cancer (civicdb.org), CC0 1.0; Griffith M et al., Nat Genet 2017;49:170-174.&lt;br&gt;OncoTree %3, Memorial Sloan Kettering Cancer Center, CC BY 4.0.&lt;br&gt;Human Disease Ontology, CC0 1.0. Genrollen aus CancerMine, CC0 1.0. Wirkstoffsynonyme aus pharmOncoX (NCIt, CC BY 4.0; ChEMBL, CC BY-SA 3.0). Proteinlängen aus maftools, MIT. Transkriptmodelle: MANE v1.0 mit Exonstrukturen aus UCSC refGene (öffentliche Daten). Proteinsequenzen aus Ensembl, zusammengestellt vom Projekt protean, CC BY 4.0.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>  Genome: </source>
        <translation>  Genom: </translation>
    </message>
    <message>
        <source>  Panel size: </source>
        <translation>  Panelgröße: </translation>
    </message>
    <message>
        <source>Case %1, version %2 opened as a draft: it amends version %3</source>
        <translation>Fall %1, Version %2 als Entwurf geöffnet: Nachtrag zu Version %3</translation>
    </message>
    <message>
        <source>Open a stored case first</source>
        <translation>Öffnen Sie zuerst einen gespeicherten Fall</translation>
    </message>
    <message>
        <source>%1: every signature verifies</source>
        <translation>%1: jede Signatur ist gültig</translation>
    </message>
    <message>
        <source>%1: the signatures do not verify</source>
        <translation>%1: die Signaturen sind nicht gültig</translation>
    </message>
    <message>
        <source>Case %1, version %2 signed final</source>
        <translation>Fall %1, Version %2 endgültig freigegeben</translation>
    </message>
    <message>
        <source>Case %1, version %2 marked preliminary</source>
        <translation>Fall %1, Version %2 als vorläufig markiert</translation>
    </message>
    <message>
        <source>Reference genome</source>
        <translation>Referenzgenom</translation>
    </message>
    <message>
        <source>No reference genome is set: variants without functional annotation are predicted from the transcript models alone (a protein change only where the data determine it).</source>
        <translation>Kein Referenzgenom festgelegt: Varianten ohne funktionelle Annotation werden allein aus den Transkriptmodellen vorhergesagt (eine Proteinänderung nur dort, wo die Daten sie festlegen).</translation>
    </message>
    <message>
        <source>Reference genome: %1</source>
        <translation>Referenzgenom: %1</translation>
    </message>
    <message>
        <source>Choose the FASTA file the variants were called on, indexed with samtools faidx (.fai).</source>
        <translation>Wählen Sie die FASTA-Datei, auf der die Varianten gecallt wurden, indiziert mit samtools faidx (.fai).</translation>
    </message>
    <message>
        <source>Choose FASTA...</source>
        <translation>FASTA wählen...</translation>
    </message>
    <message>
        <source>Use None</source>
        <translation>Keines verwenden</translation>
    </message>
    <message>
        <source>No reference genome: applies to the files opened next</source>
        <translation>Kein Referenzgenom: gilt für die als Nächstes geöffneten Dateien</translation>
    </message>
    <message>
        <source>Reference genome (indexed FASTA)</source>
        <translation>Referenzgenom (indizierte FASTA)</translation>
    </message>
    <message>
        <source>FASTA (*.fa *.fasta *.fna *.fa.gz *.fasta.gz *.fna.gz);;All files (*)</source>
        <translation>FASTA (*.fa *.fasta *.fna *.fa.gz *.fasta.gz *.fna.gz);;Alle Dateien (*)</translation>
    </message>
    <message numerus="yes">
        <source>Reference genome %1 (%n sequence(s)): applies to the files opened next</source>
        <translation>
            <numerusform>Referenzgenom %1 (%n Sequenz): gilt für die als Nächstes geöffneten Dateien</numerusform>
            <numerusform>Referenzgenom %1 (%n Sequenzen): gilt für die als Nächstes geöffneten Dateien</numerusform>
        </translation>
    </message>
    <message>
        <source>Open a case database first (File &gt; Open Case Database)</source>
        <translation>Öffnen Sie zuerst eine Falldatenbank (Datei &gt; Falldatenbank öffnen)</translation>
    </message>
    <message>
        <source>Patient pseudonym taken</source>
        <translation>Patientenpseudonym bereits vergeben</translation>
    </message>
    <message>
        <source>The bundle&apos;s patient %1 is another person in this case database: a local patient already has that pseudonym.
The two are never merged. Import the bundle&apos;s patient under this pseudonym:</source>
        <translation>Patient*in %1 des Pakets ist in dieser Falldatenbank eine andere Person: ein lokaler Eintrag hat bereits dieses Pseudonym.
Die beiden werden nie zusammengeführt. Patient*in des Pakets unter diesem Pseudonym importieren:</translation>
    </message>
    <message>
        <source>Not imported: the bundle&apos;s patient needs a pseudonym of its own here</source>
        <translation>Nicht importiert: Patient*in des Pakets braucht hier ein eigenes Pseudonym</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>Nicht importiert</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>As the system (%1)</source>
        <translation>Wie das System (%1)</translation>
    </message>
    <message>
        <source>&amp;Welcome Page</source>
        <translation>&amp;Willkommensseite</translation>
    </message>
    <message>
        <source>Case bundles (*.oncoboard-case);;All files (*)</source>
        <translation>Fallpakete (*.oncoboard-case);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>onco::MatchClass</name>
    <message>
        <source>exact</source>
        <translation>exakt</translation>
    </message>
    <message>
        <source>codon</source>
        <translation>Codon</translation>
    </message>
    <message>
        <source>range</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>exon</source>
        <translation>Exon</translation>
    </message>
    <message>
        <source>category</source>
        <translation>Kategorie</translation>
    </message>
</context>
<context>
    <name>onco::Matcher</name>
    <message>
        <source>same gene and protein change: %1 %2 = %3 variant %4 &quot;%5&quot;</source>
        <translation>gleiches Gen und gleiche Proteinänderung: %1 %2 = %3-Variante %4 &quot;%5&quot;</translation>
    </message>
    <message>
        <source>annotation canceled</source>
        <translation>Annotation abgebrochen</translation>
    </message>
    <message>
        <source>%1 = %2 variant %3 &quot;%4&quot; (%5)</source>
        <translation>%1 = %2-Variante %3 &quot;%4&quot; (%5)</translation>
    </message>
    <message>
        <source>frameshift from the same residue: %1</source>
        <translation>Frameshift ab derselben Aminosäure: %1</translation>
    </message>
    <message>
        <source>same residue, %1</source>
        <translation>gleiche Aminosäure, %1</translation>
    </message>
    <message>
        <source>within the residue range: %1</source>
        <translation>innerhalb des Aminosäurebereichs: %1</translation>
    </message>
    <message>
        <source>exon %1 from the input&apos;s annotation</source>
        <translation>Exon %1 laut Annotation der Eingabe</translation>
    </message>
    <message>
        <source>in-frame deletion %1, %2</source>
        <translation>In-frame-Deletion %1, %2</translation>
    </message>
    <message>
        <source>in-frame insertion %1, %2</source>
        <translation>In-frame-Insertion %1, %2</translation>
    </message>
    <message>
        <source>frameshift %1, %2</source>
        <translation>Frameshift %1, %2</translation>
    </message>
    <message>
        <source>protein-altering %1, %2</source>
        <translation>proteinverändernde Variante %1, %2</translation>
    </message>
    <message>
        <source>splice-site variant %1 at exon %2 (exon %3, intron %4 from the annotation)</source>
        <translation>Spleißstellenvariante %1 an Exon %2 (Exon %3, Intron %4 laut Annotation)</translation>
    </message>
    <message>
        <source>truncating %1 in a tumor suppressor (CancerMine)</source>
        <translation>trunkierende Veränderung %1 in einem Tumorsuppressor (CancerMine)</translation>
    </message>
    <message>
        <source>truncating %1 in a tumor suppressor (CancerMine: %2)</source>
        <translation>trunkierende Veränderung %1 in einem Tumorsuppressor (CancerMine: %2)</translation>
    </message>
    <message>
        <source>deep deletion of a tumor suppressor (CancerMine: %1)</source>
        <translation>tiefe Deletion eines Tumorsuppressors (CancerMine: %1)</translation>
    </message>
    <message>
        <source>truncating variant %1</source>
        <translation>trunkierende Variante %1</translation>
    </message>
    <message>
        <source>frameshift %1</source>
        <translation>Frameshift %1</translation>
    </message>
    <message>
        <source>%1 amplification in the copy-number data</source>
        <translation>%1-Amplifikation in den Kopienzahldaten</translation>
    </message>
    <message>
        <source>%1 deep deletion in the copy-number data</source>
        <translation>tiefe %1-Deletion in den Kopienzahldaten</translation>
    </message>
    <message>
        <source>%1 in the copy-number data</source>
        <translation>%1 in den Kopienzahldaten</translation>
    </message>
    <message>
        <source>%1 %2 upstream of the gene</source>
        <translation>%1 %2 stromaufwärts des Gens</translation>
    </message>
    <message>
        <source>in-frame insertion or duplication %1</source>
        <translation>In-frame-Insertion oder -Duplikation %1</translation>
    </message>
    <message>
        <source>fusion %1 involves %2</source>
        <translation>Fusion %1 betrifft %2</translation>
    </message>
    <message>
        <source>same fusion partners %1</source>
        <translation>gleiche Fusionspartner %1</translation>
    </message>
    <message>
        <source>same partners in the other order (%1 as reported)</source>
        <translation>gleiche Partner in umgekehrter Reihenfolge (%1 wie berichtet)</translation>
    </message>
    <message>
        <source>fusion %1 with %2 as 3&apos; partner</source>
        <translation>Fusion %1 mit %2 als 3&apos;-Partner</translation>
    </message>
    <message>
        <source>fusion %1 with %2 as 5&apos; partner</source>
        <translation>Fusion %1 mit %2 als 5&apos;-Partner</translation>
    </message>
    <message>
        <source>%1 (%2 %3)</source>
        <translation>%1 (%2 %3)</translation>
    </message>
    <message>
        <source>same GRCh37 allele: %1:%2 %3&gt;%4%5 = %6 variant %7 &quot;%8&quot;</source>
        <translation>gleiches GRCh37-Allel: %1:%2 %3&gt;%4%5 = %6-Variante %7 &quot;%8&quot;</translation>
    </message>
    <message>
        <source> (lifted from GRCh38 %1:%2)</source>
        <translation> (übertragen von GRCh38 %1:%2)</translation>
    </message>
    <message>
        <source>; profile &quot;%1&quot; holds: %2</source>
        <translation>; Profil &quot;%1&quot; erfüllt: %2</translation>
    </message>
    <message>
        <source>%1 %2 is oncogenic in %3 %4</source>
        <translation>%1 %2 ist laut %3 %4 onkogen</translation>
    </message>
    <message>
        <source>exon %1 of %2</source>
        <translation>Exon %1 von %2</translation>
    </message>
    <message>
        <source>the named event %1 %2</source>
        <translation>das benannte Ereignis %1 %2</translation>
    </message>
    <message>
        <source>splice-site variant %1 at exon %2 (%3)</source>
        <translation>Spleißstellenvariante %1 an Exon %2 (%3)</translation>
    </message>
    <message>
        <source>truncating %1 in a tumor suppressor (CancerMine: %2), a functional member</source>
        <translation>trunkierende Veränderung %1 in einem Tumorsuppressor (CancerMine: %2), ein funktionelles Mitglied der Klasse</translation>
    </message>
    <message>
        <source>protein-altering %1, a documented change: %2</source>
        <translation>proteinverändernde Variante %1, eine dokumentierte Veränderung: %2</translation>
    </message>
    <message>
        <source>protein-altering %1, but of unknown significance: neither truncating in a tumor suppressor nor a change or residue a knowledge base documents, so the class evidence does not apply to it</source>
        <translation>proteinverändernde Variante %1, aber unklarer Signifikanz: weder trunkierend in einem Tumorsuppressor noch eine Veränderung oder Aminosäure, die eine Wissensdatenbank dokumentiert; die Klassenevidenz gilt daher nicht für sie</translation>
    </message>
    <message>
        <source>%1, a documented change: %2</source>
        <translation>%1, eine dokumentierte Veränderung: %2</translation>
    </message>
    <message>
        <source>the named event %1 ITD</source>
        <translation>das benannte Ereignis %1 ITD</translation>
    </message>
    <message>
        <source>the named event %1 ITD, an in-frame insertion of %2 bases</source>
        <translation>das benannte Ereignis %1 ITD, eine In-frame-Insertion von %2 Basen</translation>
    </message>
    <message>
        <source>tandem duplication of %1 bases (%2 codons) in %3%4</source>
        <translation>Tandemduplikation von %1 Basen (%2 Codons) in %3%4</translation>
    </message>
    <message>
        <source>, exon %1</source>
        <translation>, Exon %1</translation>
    </message>
    <message>
        <source>insertion of %1 bases (%2 codons) %3, annotated %4</source>
        <translation>Insertion von %1 Basen (%2 Codons) %3, annotiert als %4</translation>
    </message>
    <message>
        <source> (orientation inferred: the input gives none)</source>
        <translation> (Orientierung abgeleitet: die Eingabe nennt keine)</translation>
    </message>
    <message>
        <source> (orientation unknown: the input gives none)</source>
        <translation> (Orientierung unbekannt: die Eingabe nennt keine)</translation>
    </message>
</context>
<context>
    <name>onco::MeetingMinutes</name>
    <message>
        <source>tumor type not given</source>
        <translation>Tumorentität nicht angegeben</translation>
    </message>
    <message>
        <source>Therapy</source>
        <translation>Therapie</translation>
    </message>
    <message>
        <source>Clinical trial</source>
        <translation>Klinische Studie</translation>
    </message>
    <message>
        <source>Further diagnostics</source>
        <translation>Weitere Diagnostik</translation>
    </message>
    <message>
        <source> for %1</source>
        <translation> bei %1</translation>
    </message>
    <message>
        <source>Rests on %1.</source>
        <translation>Grundlage: %1.</translation>
    </message>
    <message>
        <source>Trials: %1.</source>
        <translation>Studien: %1.</translation>
    </message>
    <message>
        <source>Tumor board minutes</source>
        <translation>Protokoll der Tumorkonferenz</translation>
    </message>
    <message>
        <source>Tumor board minutes: %1</source>
        <translation>Protokoll der Tumorkonferenz: %1</translation>
    </message>
    <message>
        <source>Meeting %1 held on %2. Cases on the agenda: %3.</source>
        <translation>Sitzung %1 am %2. Fälle auf der Tagesordnung: %3.</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Teilnehmende</translation>
    </message>
    <message>
        <source>No participant was recorded.</source>
        <translation>Es wurden keine Teilnehmenden erfasst.</translation>
    </message>
    <message>
        <source>%1. Patient %2, case %3 (version %4): %5</source>
        <translation>%1. Patient*in %2, Fall %3 (Version %4): %5</translation>
    </message>
    <message>
        <source>Presented by %1. State of the case: %2.</source>
        <translation>Vorgestellt von %1. Status des Falls: %2.</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>(nicht erfasst)</translation>
    </message>
    <message>
        <source>Question to the board</source>
        <translation>Fragestellung an die Tumorkonferenz</translation>
    </message>
    <message>
        <source>No question was recorded.</source>
        <translation>Es wurde keine Fragestellung erfasst.</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Empfehlung</translation>
    </message>
    <message>
        <source>The board recorded no recommendation for this case.</source>
        <translation>Die Tumorkonferenz hat für diesen Fall keine Empfehlung erfasst.</translation>
    </message>
    <message>
        <source>Conclusion</source>
        <translation>Beschluss</translation>
    </message>
    <message>
        <source>%1
(recorded in the meeting by %2, %3)</source>
        <translation>%1
(in der Sitzung erfasst von %2, %3)</translation>
    </message>
    <message>
        <source>%1
(the plan&apos;s conclusion; the meeting recorded none)</source>
        <translation>%1
(Beschluss aus dem Plan; in der Sitzung wurde keiner erfasst)</translation>
    </message>
    <message>
        <source>No conclusion was recorded.</source>
        <translation>Es wurde kein Beschluss erfasst.</translation>
    </message>
    <message>
        <source>Follow-up: %1</source>
        <translation>Verlaufskontrolle: %1</translation>
    </message>
    <message>
        <source>none set</source>
        <translation>nicht festgelegt</translation>
    </message>
    <message>
        <source>Signed %1 by %2 on %3.</source>
        <translation>Freigegeben (%1) von %2 am %3.</translation>
    </message>
    <message>
        <source>Not signed: the case is a draft.</source>
        <translation>Nicht freigegeben: der Fall ist ein Entwurf.</translation>
    </message>
    <message>
        <source>The recommendations are the board&apos;s plan items as recorded in the case database, with the evidence they rest on; each case&apos;s signed summary holds its findings.</source>
        <translation>Die Empfehlungen sind die Planeinträge der Tumorkonferenz, wie in der Falldatenbank erfasst, mit der Evidenz, auf der sie beruhen; die freigegebene Zusammenfassung jedes Falls enthält dessen Befunde.</translation>
    </message>
    <message>
        <source>cannot start the PDF</source>
        <translation>die PDF-Erstellung kann nicht gestartet werden</translation>
    </message>
    <message>
        <source>OncoBoard tumor board minutes</source>
        <translation>OncoBoard-Protokoll der Tumorkonferenz</translation>
    </message>
    <message>
        <source>%1 - OncoBoard tumor board minutes</source>
        <translation>%1 - OncoBoard-Protokoll der Tumorkonferenz</translation>
    </message>
    <message>
        <source>Meeting of %1</source>
        <translation>Sitzung vom %1</translation>
    </message>
    <message>
        <source>Made %1</source>
        <translation>Erstellt: %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>writing the PDF failed</source>
        <translation>das PDF konnte nicht geschrieben werden</translation>
    </message>
</context>
<context>
    <name>onco::MeetingsPanel</name>
    <message>
        <source>New Meeting…</source>
        <translation>Neue Sitzung…</translation>
    </message>
    <message>
        <source>Add Open Case…</source>
        <translation>Geöffneten Fall hinzufügen…</translation>
    </message>
    <message>
        <source>Record Conclusion…</source>
        <translation>Beschluss erfassen…</translation>
    </message>
    <message>
        <source>Minutes PDF…</source>
        <translation>Protokoll als PDF…</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Präsentieren</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient/in</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Fall</translation>
    </message>
    <message>
        <source>Tumor type</source>
        <translation>Tumorentität</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Presenter</source>
        <translation>Vortragende*r</translation>
    </message>
    <message>
        <source>Question to the board</source>
        <translation>Frage an die Tumorkonferenz</translation>
    </message>
    <message>
        <source>Conclusion</source>
        <translation>Beschluss</translation>
    </message>
    <message>
        <source>Drag a case to change the order in which it is presented; double-click to open it.</source>
        <translation>Ziehen Sie einen Fall, um die Reihenfolge der Vorstellung zu ändern; ein Doppelklick öffnet ihn.</translation>
    </message>
    <message>
        <source>Present the agenda full screen: Page Down and Page Up move between its cases</source>
        <translation>Tagesordnung im Vollbild präsentieren: Bild ab und Bild auf wechseln zwischen den Fällen</translation>
    </message>
    <message>
        <source>%1 (meeting %2)</source>
        <translation>%1 (Sitzung %2)</translation>
    </message>
    <message>
        <source>%1 - %2</source>
        <translation>%1 - %2</translation>
    </message>
    <message>
        <source>No meeting yet: plan one with New Meeting.</source>
        <translation>Noch keine Sitzung: planen Sie eine mit „Neue Sitzung“.</translation>
    </message>
    <message>
        <source>Open a case database to plan meetings.</source>
        <translation>Öffnen Sie eine Falldatenbank, um Sitzungen zu planen.</translation>
    </message>
    <message>
        <source>Participants: none recorded</source>
        <translation>Teilnehmende: keine erfasst</translation>
    </message>
    <message>
        <source>Participants: %1</source>
        <translation>Teilnehmende: %1</translation>
    </message>
    <message>
        <source>%1 v%2</source>
        <translation>%1 v%2</translation>
    </message>
    <message>
        <source>No conclusion recorded yet</source>
        <translation>Noch kein Beschluss erfasst</translation>
    </message>
    <message>
        <source>Recorded by %1, %2</source>
        <translation>Erfasst von %1, %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>New Board Meeting</source>
        <translation>Neue Sitzung der Tumorkonferenz</translation>
    </message>
    <message>
        <source>Molecular tumor board</source>
        <translation>Molekulare Tumorkonferenz</translation>
    </message>
    <message>
        <source>One per line: Dr. A. Example (oncologist)</source>
        <translation>Eine Person pro Zeile: Dr. A. Muster (Onkologie)</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Datum:</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Titel:</translation>
    </message>
    <message>
        <source>Participants:</source>
        <translation>Teilnehmende:</translation>
    </message>
    <message>
        <source>Add Open Case</source>
        <translation>Geöffneten Fall hinzufügen</translation>
    </message>
    <message>
        <source>Question to the board (optional):</source>
        <translation>Frage an die Tumorkonferenz (optional):</translation>
    </message>
    <message>
        <source>Record Conclusion</source>
        <translation>Beschluss erfassen</translation>
    </message>
    <message>
        <source>What the board concluded on %1:</source>
        <translation>Beschluss der Tumorkonferenz zu %1:</translation>
    </message>
    <message>
        <source>Save Minutes</source>
        <translation>Protokoll speichern</translation>
    </message>
    <message>
        <source>minutes-%1.pdf</source>
        <translation>minutes-%1.pdf</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Minutes saved to %1</source>
        <translation>Protokoll gespeichert unter %1</translation>
    </message>
</context>
<context>
    <name>onco::MoalmanacImporter</name>
    <message>
        <source>cannot start gzip decompression</source>
        <translation>gzip-Dekomprimierung kann nicht gestartet werden</translation>
    </message>
    <message>
        <source>the gzip data is damaged</source>
        <translation>die gzip-Daten sind beschädigt</translation>
    </message>
    <message>
        <source>microsatellite status &apos;%1&apos; is not MSI-High</source>
        <translation>Mikrosatellitenstatus &apos;%1&apos; ist nicht MSI-High</translation>
    </message>
    <message>
        <source>mutational burden &apos;%1&apos; is not High</source>
        <translation>Mutationslast &apos;%1&apos; ist nicht High</translation>
    </message>
    <message>
        <source>a %1 feature is not measured by the case data</source>
        <translation>ein Merkmal vom Typ %1 wird von den Falldaten nicht erfasst</translation>
    </message>
    <message>
        <source>no gene or alteration</source>
        <translation>weder Gen noch Alteration</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>Datei nicht vorhanden</translation>
    </message>
    <message>
        <source>not JSON: %1 at byte %2</source>
        <translation>kein JSON: %1 bei Byte %2</translation>
    </message>
    <message>
        <source>not a Molecular Oncology Almanac file: a JSON list of assertions with feature_type and predictive_implication</source>
        <translation>keine Molecular-Oncology-Almanac-Datei: erwartet wird eine JSON-Liste von Assertions mit feature_type und predictive_implication</translation>
    </message>
    <message>
        <source>deprecated assertion; skipped</source>
        <translation>veraltete Assertion; übersprungen</translation>
    </message>
    <message>
        <source>; skipped</source>
        <translation>; übersprungen</translation>
    </message>
    <message>
        <source>predictive implication &apos;%1&apos; is not known; skipped</source>
        <translation>prädiktive Implikation &apos;%1&apos; ist unbekannt; übersprungen</translation>
    </message>
    <message>
        <source>no sensitivity, resistance, prognosis or adverse-event risk; skipped</source>
        <translation>weder Ansprechen noch Resistenz, Prognose oder Risiko unerwünschter Ereignisse; übersprungen</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an OncoTree %2 code; the disease is related by name</source>
        <translation>&apos;%1&apos; ist kein OncoTree-%2-Code; die Erkrankung wird über den Namen zugeordnet</translation>
    </message>
</context>
<context>
    <name>onco::MutationBurden</name>
    <message>
        <source>the assay&apos;s coding territory is not known: give its size (--panel-size MB, or the case&apos;s assay field, e.g. &quot;TSO500, 1.94 Mb&quot;)</source>
        <translation>die kodierende Zielregion des Tests ist nicht bekannt: geben Sie ihre Größe an (--panel-size MB, oder im Test-Feld des Falls, z. B. &quot;TSO500, 1.94 Mb&quot;)</translation>
    </message>
    <message>
        <source>the case has no small variants of the tumor sample to count</source>
        <translation>der Fall hat keine kleinen Varianten der Tumorprobe, die gezählt werden könnten</translation>
    </message>
    <message>
        <source>%1 of %2 small variants carry no consequence annotation (VEP CSQ, SnpEff ANN, BCSQ or a MAF&apos;s Variant_Classification): coding and non-synonymous cannot be told, so no burden is stated</source>
        <translation>%1 von %2 kleinen Varianten tragen keine Konsequenz-Annotation (VEP CSQ, SnpEff ANN, BCSQ oder Variant_Classification einer MAF): kodierend und nicht-synonym lassen sich nicht unterscheiden, daher wird keine Mutationslast angegeben</translation>
    </message>
    <message>
        <source>failed the caller&apos;s filters</source>
        <translation>Filter des Variant-Callers nicht bestanden</translation>
    </message>
    <message>
        <source>no consequence annotation</source>
        <translation>keine Konsequenz-Annotation</translation>
    </message>
    <message>
        <source>coding changes whose effect on the protein OncoBoard could not tell without the reference genome (missense or synonymous)</source>
        <translation>kodierende Änderungen, deren Auswirkung auf das Protein OncoBoard ohne Referenzgenom nicht bestimmen konnte (Missense oder synonym)</translation>
    </message>
    <message>
        <source>synonymous, non-coding or splice region</source>
        <translation>synonym, nicht kodierend oder Spleißregion</translation>
    </message>
    <message>
        <source>tumor VAF below 5 %</source>
        <translation>Tumor-VAF unter 5 %</translation>
    </message>
    <message>
        <source>present in the matched normal</source>
        <translation>in der gepaarten Normalprobe vorhanden</translation>
    </message>
    <message>
        <source>common in the population (AF &gt;= 1 %)</source>
        <translation>häufig in der Bevölkerung (AF &gt;= 1 %)</translation>
    </message>
    <message>
        <source>estimated by OncoBoard: %1 coding non-synonymous SNVs and indels (PASS, tumor VAF &gt;= 5 %, not in the matched normal, not common in the population) / %2 Mb</source>
        <translation>geschätzt von OncoBoard: %1 kodierende nicht-synonyme SNVs und Indels (PASS, Tumor-VAF &gt;= 5 %, nicht in der gepaarten Normalprobe, nicht häufig in der Bevölkerung) / %2 Mb</translation>
    </message>
    <message numerus="yes">
        <source>; %n counted without a VAF to check</source>
        <translation>
            <numerusform>; %n ohne prüfbare VAF gezählt</numerusform>
            <numerusform>; %n ohne prüfbare VAF gezählt</numerusform>
        </translation>
    </message>
    <message>
        <source>no matched normal is named in the inputs: if the calls are tumor-only, germline variants absent from the small population set are counted and inflate it</source>
        <translation>in den Eingaben ist keine gepaarte Normalprobe benannt: sind die Calls tumor-only, werden Keimbahnvarianten, die im kleinen Populationsdatensatz fehlen, mitgezählt und erhöhen den Wert</translation>
    </message>
    <message>
        <source>a territory of %1 Mb is under 1 Mb: too few mutations to estimate a burden</source>
        <translation>eine Zielregion von %1 Mb ist kleiner als 1 Mb: zu wenige Mutationen, um eine Mutationslast zu schätzen</translation>
    </message>
    <message numerus="yes">
        <source>%n coding change(s) of the unannotated input could be synonymous or missense without the reference genome and are not counted: the burden is a lower bound</source>
        <translation>
            <numerusform>%n kodierende Änderung der nicht annotierten Eingabe könnte ohne Referenzgenom synonym oder Missense sein und wird nicht gezählt: die Mutationslast ist eine Untergrenze</numerusform>
            <numerusform>%n kodierende Änderungen der nicht annotierten Eingabe könnten ohne Referenzgenom synonym oder Missense sein und werden nicht gezählt: die Mutationslast ist eine Untergrenze</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>onco::OncoKbImporter</name>
    <message>
        <source>not an OncoKB allActionableVariants or allAnnotatedVariants file: the header needs Hugo Symbol (or Gene), Alteration, and either Cancer Type and Level or Oncogenicity</source>
        <translation>keine OncoKB-Datei allActionableVariants oder allAnnotatedVariants: die Kopfzeile benötigt Hugo Symbol (oder Gene), Alteration sowie entweder Cancer Type und Level oder Oncogenicity</translation>
    </message>
    <message>
        <source>no gene or alteration; row skipped</source>
        <translation>weder Gen noch Alteration; Zeile übersprungen</translation>
    </message>
    <message>
        <source>unknown OncoKB level &apos;%1&apos;; row skipped</source>
        <translation>unbekanntes OncoKB-Level &apos;%1&apos;; Zeile übersprungen</translation>
    </message>
    <message>
        <source>cancer type &apos;%1&apos; is not an OncoTree %2 name</source>
        <translation>Tumorentität &apos;%1&apos; ist kein OncoTree-%2-Name</translation>
    </message>
    <message>
        <source>OncoKB level %1: %2 %3 in %4</source>
        <translation>OncoKB-Level %1: %2 %3 bei %4</translation>
    </message>
    <message>
        <source>OncoKB level %1 (%2): %3 %4 in %5</source>
        <translation>OncoKB-Level %1 (%2): %3 %4 bei %5</translation>
    </message>
    <message>
        <source>level %1 without a drug</source>
        <translation>Level %1 ohne Wirkstoff</translation>
    </message>
    <message>
        <source>no oncogenicity; row skipped</source>
        <translation>keine Onkogenität; Zeile übersprungen</translation>
    </message>
    <message>
        <source>OncoKB: %1</source>
        <translation>OncoKB: %1</translation>
    </message>
    <message>
        <source>OncoKB: %1; mutation effect: %2</source>
        <translation>OncoKB: %1; Mutationseffekt: %2</translation>
    </message>
    <message>
        <source>no OncoKB file given</source>
        <translation>keine OncoKB-Datei angegeben</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>Datei nicht vorhanden</translation>
    </message>
    <message numerus="yes">
        <source>none of the rows is usable (%n warning(s)): no release is made</source>
        <translation>
            <numerusform>keine der Zeilen ist verwendbar (%n Warnung): es wird kein Release erstellt</numerusform>
            <numerusform>keine der Zeilen ist verwendbar (%n Warnungen): es wird kein Release erstellt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>onco::OncoTree</name>
    <message>
        <source>not an OncoTree tree: no TISSUE root</source>
        <translation>kein OncoTree-Baum: keine Wurzel TISSUE</translation>
    </message>
</context>
<context>
    <name>onco::OutputFile</name>
    <message>
        <source>refused: this is %1, which the run reads; choose another output file</source>
        <translation>abgelehnt: dies ist %1, das der Lauf liest; wählen Sie eine andere Ausgabedatei</translation>
    </message>
</context>
<context>
    <name>onco::PatientIdentityDialog</name>
    <message>
        <source>Identifiers of %1</source>
        <translation>Identifikationsdaten von %1</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>JJJJ-MM-TT</translation>
    </message>
    <message>
        <source>The case database keeps the patient&apos;s identifiers sealed; reports and bundles carry the pseudonym %1 unless identifiers are asked for.</source>
        <translation>Die Falldatenbank speichert die Identifikationsdaten der Patientin bzw. des Patienten verschlüsselt; Berichte und Pakete enthalten das Pseudonym %1, sofern keine Identifikationsdaten angefordert werden.</translation>
    </message>
    <message>
        <source>This database has no passphrase yet: the one you choose now seals every patient&apos;s identifiers. Keep it safe; without it they cannot be read, on this machine or any other.</source>
        <translation>Diese Datenbank hat noch keine Passphrase: die Passphrase, die Sie jetzt wählen, verschlüsselt die Identifikationsdaten aller Patient*innen. Bewahren Sie sie sicher auf; ohne sie können diese Daten nicht gelesen werden, weder auf diesem Rechner noch auf einem anderen.</translation>
    </message>
    <message>
        <source>Give the case database&apos;s passphrase to read or change them.</source>
        <translation>Geben Sie die Passphrase der Falldatenbank ein, um sie zu lesen oder zu ändern.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Birth date:</source>
        <translation>&amp;Geburtsdatum:</translation>
    </message>
    <message>
        <source>&amp;Record number:</source>
        <translation>&amp;Aktennummer:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>R&amp;epeat passphrase:</source>
        <translation>Passphrase &amp;wiederholen:</translation>
    </message>
    <message>
        <source>Give the passphrase.</source>
        <translation>Geben Sie die Passphrase ein.</translation>
    </message>
    <message>
        <source>Choose a passphrase of at least 12 characters.</source>
        <translation>Wählen Sie eine Passphrase mit mindestens 12 Zeichen.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Die beiden Passphrasen stimmen nicht überein.</translation>
    </message>
    <message>
        <source>The birth date is a date, YYYY-MM-DD.</source>
        <translation>Das Geburtsdatum muss ein Datum der Form JJJJ-MM-TT sein.</translation>
    </message>
</context>
<context>
    <name>onco::PatientSummary</name>
    <message>
        <source>Extra copies of the %1 gene. The tumor has more copies of this gene than normal cells.</source>
        <translation>Zusätzliche Kopien des Gens %1. Der Tumor hat mehr Kopien dieses Gens als normale Zellen.</translation>
    </message>
    <message>
        <source>A loss of the %1 gene. The tumor has lost one or both copies of this gene.</source>
        <translation>Ein Verlust des Gens %1. Der Tumor hat eine oder beide Kopien dieses Gens verloren.</translation>
    </message>
    <message>
        <source>A change in the number of copies of the %1 gene.</source>
        <translation>Eine Veränderung in der Anzahl der Kopien des Gens %1.</translation>
    </message>
    <message>
        <source>Two genes joined together: %1 and %2. Such a joined gene is called a fusion.</source>
        <translation>Zwei Gene sind miteinander verbunden: %1 und %2. Ein solches verbundenes Gen nennt man Fusion.</translation>
    </message>
    <message>
        <source>The %1 gene joined to another gene. Such a joined gene is called a fusion.</source>
        <translation>Das Gen %1 ist mit einem anderen Gen verbunden. Ein solches verbundenes Gen nennt man Fusion.</translation>
    </message>
    <message>
        <source>Many changes in the DNA of the tumor as a whole. Doctors call this a high tumor mutational burden.</source>
        <translation>Viele Veränderungen in der DNA des gesamten Tumors. Ärztinnen und Ärzte nennen das eine hohe Tumormutationslast.</translation>
    </message>
    <message>
        <source>A weak spot in how the tumor repairs its DNA. Doctors call this microsatellite instability.</source>
        <translation>Eine Schwachstelle darin, wie der Tumor seine DNA repariert. Ärztinnen und Ärzte nennen das Mikrosatelliteninstabilität.</translation>
    </message>
    <message>
        <source>A feature of the tumor as a whole (%1).</source>
        <translation>Eine Eigenschaft des Tumors als Ganzes (%1).</translation>
    </message>
    <message>
        <source>A large change in the %1 gene.</source>
        <translation>Eine große Veränderung im Gen %1.</translation>
    </message>
    <message>
        <source>A change in the DNA of the tumor.</source>
        <translation>Eine Veränderung in der DNA des Tumors.</translation>
    </message>
    <message>
        <source>A change in the %1 gene.</source>
        <translation>Eine Veränderung im Gen %1.</translation>
    </message>
    <message>
        <source>A change in the %1 gene, called %2.</source>
        <translation>Eine Veränderung im Gen %1 mit dem Namen %2.</translation>
    </message>
    <message>
        <source>Strong studies in many patients support this.</source>
        <translation>Aussagekräftige Studien mit vielen Patientinnen und Patienten stützen das.</translation>
    </message>
    <message>
        <source>Studies in patients support this.</source>
        <translation>Studien mit Patientinnen und Patienten stützen das.</translation>
    </message>
    <message>
        <source>Reports on a small number of patients support this.</source>
        <translation>Berichte über eine kleine Zahl von Patientinnen und Patienten stützen das.</translation>
    </message>
    <message>
        <source>So far this rests on laboratory studies.</source>
        <translation>Bisher beruht das auf Laborstudien.</translation>
    </message>
    <message>
        <source>So far this rests on indirect evidence.</source>
        <translation>Bisher beruht das auf indirekten Hinweisen.</translation>
    </message>
    <message>
        <source>%1, followed by %2</source>
        <translation>%1, danach %2</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 oder %2</translation>
    </message>
    <message>
        <source>%1 together with %2</source>
        <translation>%1 zusammen mit %2</translation>
    </message>
    <message>
        <source>a patient summary is made from a stored case the board signed</source>
        <translation>eine Zusammenfassung für Patientinnen und Patienten wird aus einem gespeicherten, von der Tumorkonferenz freigegebenen Fall erstellt</translation>
    </message>
    <message>
        <source>case %1 is a draft: a patient summary is made from a case signed preliminary or final</source>
        <translation>Fall %1 ist ein Entwurf: eine Zusammenfassung für Patientinnen und Patienten wird aus einem vorläufig oder endgültig freigegebenen Fall erstellt</translation>
    </message>
    <message>
        <source>Your tumor test results</source>
        <translation>Die Ergebnisse der Untersuchung Ihres Tumors</translation>
    </message>
    <message>
        <source>This letter explains the results of the genetic test of your tumor. It also says what the tumor board recommends. A tumor board is a meeting of doctors from different fields. They look at each patient&apos;s results together.</source>
        <translation>Dieser Brief erklärt die Ergebnisse der genetischen Untersuchung Ihres Tumors. Er sagt auch, was die Tumorkonferenz empfiehlt. Eine Tumorkonferenz ist ein Treffen von Ärztinnen und Ärzten aus verschiedenen Fachgebieten. Dort sehen sie sich gemeinsam die Ergebnisse jeder Patientin und jedes Patienten an.</translation>
    </message>
    <message>
        <source>What was tested</source>
        <translation>Was untersucht wurde</translation>
    </message>
    <message>
        <source>We tested a sample of your tumor.</source>
        <translation>Wir haben eine Probe Ihres Tumors untersucht.</translation>
    </message>
    <message>
        <source>In the laboratory, we read its DNA. DNA holds the instructions that tell each cell what to do. A gene is one such instruction. Some changes in genes can make a tumor grow.</source>
        <translation>Im Labor haben wir ihre DNA gelesen. Die DNA enthält die Anleitungen, die jeder Zelle sagen, was sie tun soll. Ein Gen ist eine solche Anleitung. Manche Veränderungen in Genen können einen Tumor wachsen lassen.</translation>
    </message>
    <message>
        <source>We also tested a sample of your healthy cells, such as blood. This shows which changes are only in the tumor, and which ones you were born with.</source>
        <translation>Wir haben auch eine Probe Ihrer gesunden Zellen untersucht, zum Beispiel Blut. So sehen wir, welche Veränderungen nur im Tumor sind und mit welchen Sie geboren wurden.</translation>
    </message>
    <message>
        <source>Only the tumor was tested, not your healthy cells. So a change we found may also be in your healthy cells. If the board thinks a change may be inherited, this letter says so.</source>
        <translation>Untersucht wurde nur der Tumor, nicht Ihre gesunden Zellen. Eine gefundene Veränderung kann deshalb auch in Ihren gesunden Zellen sein. Wenn die Tumorkonferenz meint, dass eine Veränderung vererbt sein könnte, steht das in diesem Brief.</translation>
    </message>
    <message>
        <source>What we found that matters for your treatment</source>
        <translation>Was wir gefunden haben und was für Ihre Behandlung wichtig ist</translation>
    </message>
    <message>
        <source>The test found no change that points to a medicine for your kind of tumor. This is a common result. Your doctors will talk with you about the treatment options.</source>
        <translation>Die Untersuchung hat keine Veränderung gefunden, die auf ein Medikament für Ihre Art von Tumor hinweist. Das ist ein häufiges Ergebnis. Ihre Ärztinnen und Ärzte sprechen mit Ihnen über die Behandlungsmöglichkeiten.</translation>
    </message>
    <message>
        <source>The test found these changes in the tumor:</source>
        <translation>Die Untersuchung hat diese Veränderungen im Tumor gefunden:</translation>
    </message>
    <message>
        <source>The full report for your doctors lists %1 more.</source>
        <translation>Der vollständige Bericht für Ihre Ärztinnen und Ärzte nennt %1 weitere.</translation>
    </message>
    <message>
        <source>What the board recommends</source>
        <translation>Was die Tumorkonferenz empfiehlt</translation>
    </message>
    <message>
        <source>Treatment with %1.</source>
        <translation>Behandlung mit %1.</translation>
    </message>
    <message>
        <source>This treatment acts on the change in the %1 gene.</source>
        <translation>Diese Behandlung wirkt gezielt auf die Veränderung im Gen %1.</translation>
    </message>
    <message>
        <source>Ask about a clinical trial: %1.</source>
        <translation>Fragen Sie nach einer klinischen Studie: %1.</translation>
    </message>
    <message>
        <source>A clinical trial is a research study. It tests a new treatment in patients who agree to take part.</source>
        <translation>Eine klinische Studie ist ein Forschungsvorhaben. Darin wird eine neue Behandlung bei Patientinnen und Patienten geprüft, die zustimmen, daran teilzunehmen.</translation>
    </message>
    <message>
        <source>Its number in the trial register: %1.</source>
        <translation>Die Nummer der Studie im Studienregister: %1.</translation>
    </message>
    <message>
        <source>A further test: %1.</source>
        <translation>Eine weitere Untersuchung: %1.</translation>
    </message>
    <message>
        <source>The board did not recommend a treatment based on this test. Your doctors will talk with you about the next steps.</source>
        <translation>Die Tumorkonferenz hat aufgrund dieser Untersuchung keine Behandlung empfohlen. Ihre Ärztinnen und Ärzte sprechen mit Ihnen über die nächsten Schritte.</translation>
    </message>
    <message>
        <source>Your doctors will decide with you whether this treatment is right for you. Your health and your wishes matter as much as the test.</source>
        <translation>Ihre Ärztinnen und Ärzte entscheiden gemeinsam mit Ihnen, ob diese Behandlung für Sie richtig ist. Ihre Gesundheit und Ihre Wünsche sind genauso wichtig wie die Untersuchung.</translation>
    </message>
    <message>
        <source>The board will look at your results again on %1.</source>
        <translation>Die Tumorkonferenz wird sich Ihre Ergebnisse am %1 noch einmal ansehen.</translation>
    </message>
    <message>
        <source>What this could mean for your family</source>
        <translation>Was das für Ihre Familie bedeuten könnte</translation>
    </message>
    <message>
        <source>The change in the %1 gene may be inherited. This means you may have been born with it. Then your parents, brothers, sisters or children may have it too. Only a test of your healthy cells can tell.</source>
        <translation>Die Veränderung im Gen %1 könnte vererbt sein. Das heißt, Sie wurden vielleicht damit geboren. Dann könnten auch Ihre Eltern, Geschwister oder Kinder sie haben. Nur eine Untersuchung Ihrer gesunden Zellen kann das klären.</translation>
    </message>
    <message>
        <source>The board recommends that you meet a genetic counselor. This is a specialist for inherited conditions. The counselor explains what a test would mean for you and your family, before any test is done.</source>
        <translation>Die Tumorkonferenz empfiehlt Ihnen ein Gespräch in einer genetischen Beratung. Dort arbeiten Fachleute für erbliche Erkrankungen. Sie erklären Ihnen, was eine Untersuchung für Sie und Ihre Familie bedeuten würde, bevor eine Untersuchung gemacht wird.</translation>
    </message>
    <message>
        <source>Whom to ask</source>
        <translation>Wen Sie fragen können</translation>
    </message>
    <message>
        <source>Please ask your treating doctor about anything in this letter.</source>
        <translation>Bitte fragen Sie Ihre behandelnde Ärztin oder Ihren behandelnden Arzt zu allem in diesem Brief.</translation>
    </message>
    <message>
        <source>Please ask %1 about anything in this letter.</source>
        <translation>Bitte fragen Sie %1 zu allem in diesem Brief.</translation>
    </message>
    <message>
        <source>You can also ask for the full report. It is written for doctors, so ask them to explain it.</source>
        <translation>Sie können auch den vollständigen Bericht bekommen. Er ist für Ärztinnen und Ärzte geschrieben; bitten Sie sie deshalb, ihn Ihnen zu erklären.</translation>
    </message>
    <message>
        <source>The tumor board signed these results on %1.</source>
        <translation>Die Tumorkonferenz hat diese Ergebnisse am %1 freigegeben.</translation>
    </message>
    <message>
        <source>the patient summary&apos;s wording needs a title on its first line and some text</source>
        <translation>der Text der Zusammenfassung für Patientinnen und Patienten braucht einen Titel in der ersten Zeile und etwas Text</translation>
    </message>
    <message>
        <source>cannot start the PDF</source>
        <translation>die PDF-Erstellung kann nicht gestartet werden</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>writing the PDF failed</source>
        <translation>das PDF konnte nicht geschrieben werden</translation>
    </message>
    <message>
        <source>%1 · prepared %2%3</source>
        <translation>%1 · erstellt am %2%3</translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <extracomment>A date in a letter to the patient, as QDate::toString writes it: &quot;1 February 2027&quot;.</extracomment>
        <translation>d. MMMM yyyy</translation>
    </message>
</context>
<context>
    <name>onco::PdfReport</name>
    <message>
        <source>depth %1</source>
        <translation>Tiefe %1</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>nicht angegeben</translation>
    </message>
    <message>
        <source>Tumor type</source>
        <translation>Tumorentität</translation>
    </message>
    <message>
        <source>Genome build</source>
        <translation>Genomversion</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Input files</source>
        <translation>Eingabedateien</translation>
    </message>
    <message>
        <source>Tumor sample</source>
        <translation>Tumorprobe</translation>
    </message>
    <message>
        <source>Normal sample</source>
        <translation>Normalprobe</translation>
    </message>
    <message>
        <source>Alterations with evidence</source>
        <translation>Alterationen mit Evidenz</translation>
    </message>
    <message>
        <source>%1 (%2 evidence items)</source>
        <translation>%1 (%2 Evidenzeinträge)</translation>
    </message>
    <message>
        <source>Input issues</source>
        <translation>Probleme der Eingabe</translation>
    </message>
    <message>
        <source>Knowledge base</source>
        <translation>Wissensdatenbank</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidenz</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Direction / significance</source>
        <translation>Richtung / Bedeutung</translation>
    </message>
    <message>
        <source>Therapies</source>
        <translation>Therapien</translation>
    </message>
    <message>
        <source>Disease</source>
        <translation>Erkrankung</translation>
    </message>
    <message>
        <source>Citation</source>
        <translation>Zitat</translation>
    </message>
    <message>
        <source>tumor VAF %1</source>
        <translation>Tumor-VAF %1</translation>
    </message>
    <message>
        <source>OncoBoard case summary</source>
        <translation>OncoBoard-Fallzusammenfassung</translation>
    </message>
    <message>
        <source>Molecular tumor board case summary</source>
        <translation>Fallzusammenfassung der molekularen Tumorkonferenz</translation>
    </message>
    <message>
        <source>Tumor type missing: evidence cannot be judged on- or off-label for this patient.</source>
        <translation>Tumorentität fehlt: Evidenz kann für diese Patientin oder diesen Patienten nicht als on- oder off-label beurteilt werden.</translation>
    </message>
    <message>
        <source>Alterations with knowledge-base evidence</source>
        <translation>Alterationen mit Evidenz aus der Wissensdatenbank</translation>
    </message>
    <message>
        <source>No alteration of this case matched the knowledge base.</source>
        <translation>Keine Alteration dieses Falls passt zur Wissensdatenbank.</translation>
    </message>
    <message>
        <source>Sources and attribution</source>
        <translation>Quellen und Nachweise</translation>
    </message>
    <message>
        <source>cannot start the PDF</source>
        <translation>das PDF kann nicht begonnen werden</translation>
    </message>
    <message>
        <source>%1 - OncoBoard case summary</source>
        <translation>%1 - OncoBoard-Fallzusammenfassung</translation>
    </message>
    <message>
        <source>Tumor type: %1</source>
        <translation>Tumorentität: %1</translation>
    </message>
    <message>
        <source>Knowledge base: %1</source>
        <translation>Wissensdatenbank: %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>writing the PDF failed</source>
        <translation>das PDF konnte nicht geschrieben werden</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient/in</translation>
    </message>
    <message>
        <source>pseudonym %1</source>
        <translation>Pseudonym %1</translation>
    </message>
    <message>
        <source>born %1</source>
        <translation>geboren %1</translation>
    </message>
    <message>
        <source>record %1</source>
        <translation>Fallakte %1</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identität</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Fall</translation>
    </message>
    <message>
        <source>Specimen</source>
        <translation>Probenmaterial</translation>
    </message>
    <message>
        <source>Assay</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>Alterations</source>
        <translation>Alterationen</translation>
    </message>
    <message>
        <source>on-label</source>
        <translation>on-label</translation>
    </message>
    <message>
        <source>on-label, broader</source>
        <translation>on-label, übergeordnet</translation>
    </message>
    <message>
        <source>on-label, subtype</source>
        <translation>on-label, Subtyp</translation>
    </message>
    <message>
        <source>off-label</source>
        <translation>off-label</translation>
    </message>
    <message>
        <source>relation unknown</source>
        <translation>Beziehung unbekannt</translation>
    </message>
    <message>
        <source>not reviewed</source>
        <translation>nicht bewertet</translation>
    </message>
    <message>
        <source>Summary of actionable findings</source>
        <translation>Zusammenfassung der therapeutisch relevanten Befunde</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>level %1</source>
        <translation>Level %1</translation>
    </message>
    <message>
        <source>Tier %1</source>
        <translation>Tier %1</translation>
    </message>
    <message>
        <source>Biomarkers: %1</source>
        <translation>Biomarker: %1</translation>
    </message>
    <message>
        <source>No actionable finding (AMP tier I or II) in this case.</source>
        <translation>Kein therapeutisch relevanter Befund (AMP Tier I oder II) in diesem Fall.</translation>
    </message>
    <message>
        <source>Treatment plan of the tumor board</source>
        <translation>Therapieplan der Tumorkonferenz</translation>
    </message>
    <message>
        <source>The board has not recorded a plan for this case.</source>
        <translation>Das Board hat für diesen Fall keinen Plan erfasst.</translation>
    </message>
    <message>
        <source>No plan: this summary was made from an annotation, not from a case of the case database.</source>
        <translation>Kein Plan: diese Zusammenfassung entstand aus einer Annotation, nicht aus einem Fall der Falldatenbank.</translation>
    </message>
    <message>
        <source>Board meeting %1%2</source>
        <translation>Sitzung der Tumorkonferenz %1%2</translation>
    </message>
    <message>
        <source>(date not given)</source>
        <translation>(Datum nicht angegeben)</translation>
    </message>
    <message>
        <source>; participants: %1</source>
        <translation>; Teilnehmende: %1</translation>
    </message>
    <message>
        <source>Recommended therapies</source>
        <translation>Empfohlene Therapien</translation>
    </message>
    <message>
        <source>Clinical trials</source>
        <translation>Klinische Studien</translation>
    </message>
    <message>
        <source>Further diagnostics</source>
        <translation>Weitere Diagnostik</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Empfehlung</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>Evidence, citations, ids</source>
        <translation>Evidenz, Zitate, IDs</translation>
    </message>
    <message>
        <source>Follow-up: %1</source>
        <translation>Verlaufskontrolle: %1</translation>
    </message>
    <message>
        <source>Conclusion of the board</source>
        <translation>Beschluss der Tumorkonferenz</translation>
    </message>
    <message>
        <source>referred for germline testing by %1</source>
        <translation>zur Keimbahntestung überwiesen von %1</translation>
    </message>
    <message>
        <source>Germline and clonal hematopoiesis notes</source>
        <translation>Hinweise zu Keimbahn und klonaler Hämatopoese</translation>
    </message>
    <message>
        <source>A possible germline variant needs confirmation in normal tissue and genetic counselling; a possible CHIP variant may not come from the tumor.</source>
        <translation>Eine mögliche Keimbahnvariante braucht die Bestätigung im Normalgewebe und eine genetische Beratung; eine mögliche CHIP-Variante stammt womöglich nicht aus dem Tumor.</translation>
    </message>
    <message>
        <source>Sign-off</source>
        <translation>Freigabe</translation>
    </message>
    <message>
        <source>Not signed: this summary was made from an annotation outside the case database.</source>
        <translation>Nicht freigegeben: diese Zusammenfassung entstand aus einer Annotation außerhalb der Falldatenbank.</translation>
    </message>
    <message>
        <source>%1 -&gt; %2: %3%4, %5</source>
        <translation>%1 -&gt; %2: %3%4, %5</translation>
    </message>
    <message>
        <source>Signed final by %1 on %2.</source>
        <translation>Endgültig freigegeben von %1 am %2.</translation>
    </message>
    <message>
        <source>Not final: this is a %1 version, not for the patient record.</source>
        <translation>Nicht endgültig: dies ist eine Version im Status %1, nicht für die Patientenakte.</translation>
    </message>
    <message>
        <source>Alteration</source>
        <translation>Alteration</translation>
    </message>
    <message>
        <source>AMP</source>
        <translation>AMP</translation>
    </message>
    <message>
        <source>ESCAT</source>
        <translation>ESCAT</translation>
    </message>
    <message>
        <source>OncoKB-style</source>
        <translation>OncoKB-artig</translation>
    </message>
    <message>
        <source>Deciding evidence and rule</source>
        <translation>Entscheidende Evidenz und Regel</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source> (resistance)</source>
        <translation> (Resistenz)</translation>
    </message>
    <message>
        <source>AMP %1</source>
        <translation>AMP %1</translation>
    </message>
    <message>
        <source>FINAL - signed by %1 on %2</source>
        <translation>ENDGÜLTIG - freigegeben von %1 am %2</translation>
    </message>
    <message>
        <source>%1 - not signed final</source>
        <translation>%1 - nicht endgültig freigegeben</translation>
    </message>
    <message>
        <source>Annotation only - not a stored, signed case</source>
        <translation>Nur Annotation - kein gespeicherter, freigegebener Fall</translation>
    </message>
    <message>
        <source>Tiers (AMP/ASCO/CAP 2017; ESCAT and OncoKB-style levels by approximation)</source>
        <translation>Tiers (AMP/ASCO/CAP 2017; ESCAT und OncoKB-artige Level als Näherung)</translation>
    </message>
    <message>
        <source>Knowledge-base releases used: %1.</source>
        <translation>Verwendete Releases der Wissensdatenbank: %1.</translation>
    </message>
    <message>
        <source>Evidence from CIViC - Clinical Interpretation of Variants in Cancer (civicdb.org), released under CC0 1.0; Griffith M et al., Nat Genet 2017;49:170-174. Tumor types from OncoTree (Memorial Sloan Kettering Cancer Center, CC BY 4.0). Disease relations from the Human Disease Ontology (CC0 1.0). Therapy names from pharmOncoX (NCIt, CC BY 4.0; ChEMBL, CC BY-SA 3.0).</source>
        <translation>Evidenz aus CIViC - Clinical Interpretation of Variants in Cancer (civicdb.org), veröffentlicht unter CC0 1.0; Griffith M et al., Nat Genet 2017;49:170-174. Tumorentitäten aus OncoTree (Memorial Sloan Kettering Cancer Center, CC BY 4.0). Beziehungen zwischen Erkrankungen aus der Human Disease Ontology (CC0 1.0). Therapienamen aus pharmOncoX (NCIt, CC BY 4.0; ChEMBL, CC BY-SA 3.0).</translation>
    </message>
    <message>
        <source>This summary supports the discussion of a molecular tumor board. Evidence levels are those of the knowledge base; they are not treatment recommendations by themselves. Alterations absent from this summary may still be clinically relevant, and a negative result does not exclude an alteration below the assay&apos;s limit of detection.</source>
        <translation>Diese Zusammenfassung unterstützt die Diskussion einer molekularen Tumorkonferenz. Die Evidenzlevel sind die der Wissensdatenbank; sie sind für sich keine Therapieempfehlungen. Alterationen, die hier fehlen, können dennoch klinisch relevant sein, und ein negatives Ergebnis schließt eine Alteration unterhalb der Nachweisgrenze des Tests nicht aus.</translation>
    </message>
    <message>
        <source>NOT SIGNED</source>
        <translation>NICHT FREIGEGEBEN</translation>
    </message>
    <message>
        <source>DRAFT</source>
        <translation>ENTWURF</translation>
    </message>
    <message>
        <source>PRELIMINARY</source>
        <translation>VORLÄUFIG</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>preliminary</source>
        <translation>vorläufig</translation>
    </message>
    <message>
        <source>final</source>
        <translation>endgültig</translation>
    </message>
    <message>
        <source>%1, version %2%3 (database id %4)</source>
        <translation>%1, Version %2%3 (Datenbank-ID %4)</translation>
    </message>
    <message>
        <source>, amends version %1</source>
        <translation>, Nachtrag zu Version %1</translation>
    </message>
    <message>
        <source>Functional annotation</source>
        <translation>Funktionelle Annotation</translation>
    </message>
    <message>
        <source>1 record skipped</source>
        <translation>1 Datensatz übersprungen</translation>
    </message>
    <message>
        <source>%L1 records skipped</source>
        <translation>%L1 Datensätze übersprungen</translation>
    </message>
    <message>
        <source>1 warning</source>
        <translation>1 Warnung</translation>
    </message>
    <message>
        <source>%L1 warnings</source>
        <translation>%L1 Warnungen</translation>
    </message>
    <message>
        <source> by %1</source>
        <translation> von %1</translation>
    </message>
    <message>
        <source>an estimate by OncoBoard, not an assay result: confirm with a validated assay before acting on it</source>
        <translation>eine Schätzung von OncoBoard, kein Testergebnis: vor klinischen Konsequenzen mit einem validierten Test bestätigen</translation>
    </message>
    <message>
        <source>%1 %2 %3 (%4%5)</source>
        <translation>%1 %2 %3 (%4%5)</translation>
    </message>
    <message>
        <source>Pharmacogenomics (CPIC; not an AMP tier)</source>
        <translation>Pharmakogenomik (CPIC; kein AMP-Tier)</translation>
    </message>
    <message>
        <source>%1%2, %3 (%4)</source>
        <translation>%1%2, %3 (%4)</translation>
    </message>
    <message>
        <source>zygosity unknown</source>
        <translation>Zygotie unbekannt</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>phenotype not derived (see the caveats)</source>
        <translation>Phänotyp nicht abgeleitet (siehe Einschränkungen)</translation>
    </message>
    <message>
        <source>diplotype %1: %2</source>
        <translation>Diplotyp %1: %2</translation>
    </message>
    <message>
        <source>, activity score %1</source>
        <translation>, Aktivitätsscore %1</translation>
    </message>
    <message>
        <source>• %1 (%2, %3): %4</source>
        <translation>• %1 (%2, %3): %4</translation>
    </message>
    <message>
        <source>Genotypes read from tumor sequencing need confirmation on germline DNA before a dose is changed.</source>
        <translation>Aus der Tumorsequenzierung abgeleitete Genotypen müssen vor einer Dosisänderung an Keimbahn-DNA bestätigt werden.</translation>
    </message>
    <message>
        <source>Signature (%1) by %2, key %3%4; report digest %5</source>
        <translation>Signatur (%1) von %2, Schlüssel %3%4; Prüfsumme des Berichts %5</translation>
    </message>
    <message>
        <source> (not registered)</source>
        <translation> (nicht registriert)</translation>
    </message>
    <message>
        <source>SUPERSEDED by version %1 of case %2, of %3: this version is not the current one</source>
        <translation>ERSETZT durch Version %1 von Fall %2 vom %3: diese Version ist nicht die aktuelle</translation>
    </message>
    <message>
        <source>Patient %1, case %2, version %3</source>
        <translation>Patient/in %1, Fall %2, Version %3</translation>
    </message>
    <message>
        <source>SUPERSEDED</source>
        <translation>ERSETZT</translation>
    </message>
    <message>
        <source>The knowledge bases&apos; own words (evidence statements, disease and therapy names, CPIC&apos;s recommendations) are quoted in English, as their sources wrote them.</source>
        <translation>Die Inhalte der Wissensdatenbanken (Evidenzaussagen, Erkrankungs- und Therapienamen, Empfehlungen von CPIC) sind im englischen Original zitiert, wie ihre Quellen sie formuliert haben.</translation>
    </message>
</context>
<context>
    <name>onco::PgxDefinitions</name>
    <message>
        <source>not a JSON object: %1 at byte %2</source>
        <translation>kein JSON-Objekt: %1 bei Byte %2</translation>
    </message>
    <message>
        <source>the definition is not that of %1 or names no chromosome</source>
        <translation>die Definition ist nicht die von %1 oder nennt kein Chromosom</translation>
    </message>
    <message>
        <source>variant %1 has no position or no REF</source>
        <translation>Variante %1 hat keine Position oder kein REF</translation>
    </message>
    <message>
        <source>no defined variants</source>
        <translation>keine definierten Varianten</translation>
    </message>
    <message>
        <source>named allele &apos;%1&apos; lists %2 alleles for %3 variants</source>
        <translation>benanntes Allel &apos;%1&apos; führt %2 Allele für %3 Varianten auf</translation>
    </message>
    <message>
        <source>named allele &apos;%1&apos; defines no position</source>
        <translation>benanntes Allel &apos;%1&apos; definiert keine Position</translation>
    </message>
    <message>
        <source>more than one reference allele</source>
        <translation>mehr als ein Referenzallel</translation>
    </message>
    <message>
        <source>no reference allele</source>
        <translation>kein Referenzallel</translation>
    </message>
    <message>
        <source>the phenotype table is not that of %1</source>
        <translation>die Phänotyptabelle ist nicht die von %1</translation>
    </message>
    <message>
        <source>diplotype &apos;%1&apos; does not name two alleles</source>
        <translation>Diplotyp &apos;%1&apos; nennt nicht zwei Allele</translation>
    </message>
    <message>
        <source>no diplotypes</source>
        <translation>keine Diplotypen</translation>
    </message>
    <message>
        <source>not a CPIC recommendation file for %1 (drug, genes, recommendations)</source>
        <translation>keine CPIC-Empfehlungsdatei für %1 (drug, genes, recommendations)</translation>
    </message>
</context>
<context>
    <name>onco::Pharmacogenomics</name>
    <message>
        <source>%1-%2 read as heterozygous</source>
        <translation>%1-%2 als heterozygot gewertet</translation>
    </message>
    <message>
        <source>&gt;= %1 read as homozygous</source>
        <translation>&gt;= %1 als homozygot gewertet</translation>
    </message>
    <message>
        <source>neither %1-%2 (heterozygous) nor &gt;= %3 (homozygous): zygosity unknown</source>
        <translation>weder %1-%2 (heterozygot) noch &gt;= %3 (homozygot): Zygotie unbekannt</translation>
    </message>
    <message>
        <source>pharmacogenomic definitions unavailable: %1</source>
        <translation>Definitionen der Pharmakogenomik nicht verfügbar: %1</translation>
    </message>
    <message>
        <source>%1 (%2) is not in the normal sample: a somatic change, which does not count for the germline diplotype.</source>
        <translation>%1 (%2) ist nicht in der Normalprobe: eine somatische Veränderung, die für den Keimbahn-Diplotyp nicht zählt.</translation>
    </message>
    <message>
        <source>Small variants of the input matched to the %1 defined positions of the PharmCAT %2 allele definitions (data %3%4).</source>
        <translation>Kleine Varianten der Eingabe, abgeglichen mit den %1 definierten Positionen der PharmCAT-Alleldefinitionen für %2 (Daten %3%4).</translation>
    </message>
    <message>
        <source>, lifted from GRCh38 to GRCh37</source>
        <translation>, per Liftover von GRCh38 auf GRCh37 übertragen</translation>
    </message>
    <message>
        <source>Positions with a germline allele of the case: %1; not reported by the input and assumed reference: %2.</source>
        <translation>Positionen mit einem Keimbahnallel des Falls: %1; von der Eingabe nicht gemeldet und als Referenz angenommen: %2.</translation>
    </message>
    <message>
        <source>Positions with a somatic variant only, taken as reference in germline DNA: %1.</source>
        <translation>Positionen nur mit somatischer Variante, in der Keimbahn-DNA als Referenz gewertet: %1.</translation>
    </message>
    <message>
        <source>%1 defined positions could not be lifted to GRCh37 and were not examined.</source>
        <translation>%1 definierte Positionen konnten nicht auf GRCh37 übertragen werden und wurden nicht untersucht.</translation>
    </message>
    <message>
        <source>Defined positions not reported by the input were assumed reference; a somatic or tumor-only call set often leaves out germline variants, so other %1 alleles are not excluded.</source>
        <translation>Definierte Positionen, die die Eingabe nicht meldet, wurden als Referenz angenommen; ein somatisches oder Tumor-only-Callset lässt Keimbahnvarianten oft aus, daher sind andere %1-Allele nicht ausgeschlossen.</translation>
    </message>
    <message>
        <source>The genotype was read from tumor DNA, whose allele fractions tumor purity, copy-number change and loss of heterozygosity distort: confirm on germline DNA before dosing.</source>
        <translation>Der Genotyp wurde aus Tumor-DNA gelesen, deren Allelfraktionen durch Tumorzellgehalt, Kopienzahländerungen und Heterozygotieverlust verzerrt sind: vor der Dosierung an Keimbahn-DNA bestätigen.</translation>
    </message>
    <message>
        <source>No germline allele observed: no diplotype is derived.</source>
        <translation>Kein Keimbahnallel beobachtet: es wird kein Diplotyp abgeleitet.</translation>
    </message>
    <message>
        <source>No diplotype is derived: the zygosity of %1 is unknown.</source>
        <translation>Es wird kein Diplotyp abgeleitet: die Zygotie von %1 ist unbekannt.</translation>
    </message>
    <message>
        <source>The zygosity of %1 could not be read: heterozygous it would give %2; homozygous %3. Genotype germline DNA before dosing.</source>
        <translation>Die Zygotie von %1 konnte nicht bestimmt werden: heterozygot ergäbe sich %2, homozygot %3. Vor der Dosierung die Keimbahn-DNA genotypisieren.</translation>
    </message>
    <message>
        <source>No CPIC irinotecan recommendation shipped: the irinotecan guideline at hand is DPWG&apos;s via PharmGKB (CC BY-SA 4.0), which OncoBoard does not bundle; the phenotype is given alone.</source>
        <translation>Keine CPIC-Empfehlung zu Irinotecan mitgeliefert: die verfügbare Irinotecan-Leitlinie ist die der DPWG über PharmGKB (CC BY-SA 4.0), die OncoBoard nicht mitliefert; der Phänotyp wird allein angegeben.</translation>
    </message>
    <message>
        <source>UGT1A1 *28, *36 and *37 (rs3064744 promoter TA repeat) are recognised only as left-aligned insertions or deletions of TA units; many pipelines do not call this repeat, so its absence from the input is not evidence of *1. PharmCAT counts the repeat from g.233760235, so *1 is TA[7] and *28 TA[8] in its HGVS, where the promoter convention A(TA)nTAA has (TA)6 and (TA)7.</source>
        <translation>UGT1A1 *28, *36 und *37 (TA-Repeat im Promotor, rs3064744) werden nur als linksbündig ausgerichtete Insertionen oder Deletionen von TA-Einheiten erkannt; viele Pipelines callen diesen Repeat nicht, daher ist sein Fehlen in der Eingabe kein Beleg für *1. PharmCAT zählt den Repeat ab g.233760235, daher ist *1 in seiner HGVS-Notation TA[7] und *28 TA[8], während die Promotor-Konvention A(TA)nTAA (TA)6 und (TA)7 angibt.</translation>
    </message>
    <message>
        <source>%1 activity score %2</source>
        <translation>%1-Aktivitätswert %2</translation>
    </message>
    <message>
        <source>%1 Normal Metabolizer (assumed: no %1 allele reported)</source>
        <translation>%1 Normal Metabolizer (angenommen: kein %1-Allel gemeldet)</translation>
    </message>
    <message>
        <source>The %1 recommendations take %2 as Normal Metabolizer: the input reported no %2 allele.</source>
        <translation>Die %1-Empfehlungen werten %2 als Normal Metabolizer: die Eingabe meldete kein %2-Allel.</translation>
    </message>
    <message>
        <source>CPIC (%1) gives no %2 recommendation for %3.</source>
        <translation>CPIC (%1) gibt keine Empfehlung zu %2 für %3.</translation>
    </message>
    <message>
        <source>CPIC guideline %1 (CPIC data %2)</source>
        <translation>CPIC-Leitlinie %1 (CPIC-Daten %2)</translation>
    </message>
    <message>
        <source>GT of normal sample %1 holds no copy: somatic</source>
        <translation>GT der Normalprobe %1 enthält keine Kopie: somatisch</translation>
    </message>
    <message>
        <source>GT of normal sample %1: %2 (germline DNA)</source>
        <translation>GT der Normalprobe %1: %2 (Keimbahn-DNA)</translation>
    </message>
    <message>
        <source>normal VAF %1 at depth %2 (below %3: not in germline DNA, somatic)</source>
        <translation>Normal-VAF %1 bei Tiefe %2 (unter %3: nicht in der Keimbahn-DNA, somatisch)</translation>
    </message>
    <message>
        <source>normal VAF %1 (%2; germline DNA)</source>
        <translation>Normal-VAF %1 (%2; Keimbahn-DNA)</translation>
    </message>
    <message>
        <source>GT of tumor sample %1: %2 (tumor DNA; confirm on germline DNA)</source>
        <translation>GT der Tumorprobe %1: %2 (Tumor-DNA; an Keimbahn-DNA bestätigen)</translation>
    </message>
    <message>
        <source>At %1:%2 the tumor VAF %3 reads as %4, unlike the GT (%5): loss of heterozygosity or a copy-number change in the tumor may hide the germline genotype.</source>
        <translation>An %1:%2 wird die Tumor-VAF %3 als %4 gewertet, anders als der GT (%5): Heterozygotieverlust oder eine Kopienzahländerung im Tumor kann den Keimbahngenotyp verdecken.</translation>
    </message>
    <message>
        <source>tumor VAF %1 (%2; tumor DNA, distorted by purity and copy number: confirm on germline DNA)</source>
        <translation>Tumor-VAF %1 (%2; Tumor-DNA, verzerrt durch Tumorzellgehalt und Kopienzahl: an Keimbahn-DNA bestätigen)</translation>
    </message>
    <message>
        <source>the input gives neither a genotype nor an allele fraction</source>
        <translation>die Eingabe gibt weder einen Genotyp noch eine Allelfraktion an</translation>
    </message>
    <message>
        <source>The input&apos;s FILTER at %1:%2 is %3.</source>
        <translation>Der FILTER der Eingabe an %1:%2 ist %3.</translation>
    </message>
</context>
<context>
    <name>onco::PharmacogenomicsPanel</name>
    <message>
        <source>heterozygous</source>
        <translation>heterozygot</translation>
    </message>
    <message>
        <source>homozygous</source>
        <translation>homozygot</translation>
    </message>
    <message>
        <source>not carried</source>
        <translation>nicht vorhanden</translation>
    </message>
    <message>
        <source>zygosity unknown</source>
        <translation>Zygotie unbekannt</translation>
    </message>
    <message>
        <source>&lt;p&gt;No pharmacogenomic allele (DPYD, TPMT, NUDT15, UGT1A1) among the case&apos;s variants.&lt;/p&gt;&lt;p&gt;&lt;small&gt;Only the variants the input reports are looked at: a somatic call set often leaves germline variants out.&lt;/small&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;Kein pharmakogenomisches Allel (DPYD, TPMT, NUDT15, UGT1A1) unter den Varianten des Falls.&lt;/p&gt;&lt;p&gt;&lt;small&gt;Berücksichtigt werden nur die Varianten, die die Eingabe meldet: ein somatisches Call-Set lässt Keimbahnvarianten oft aus.&lt;/small&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;&lt;b&gt;%1&lt;/b&gt;%2, %3 &lt;small&gt;(%4)&lt;/small&gt;&lt;/li&gt;</source>
        <translation>&lt;li&gt;&lt;b&gt;%1&lt;/b&gt;%2, %3 &lt;small&gt;(%4)&lt;/small&gt;&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Phenotype not derived (see the notes below).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Phänotyp nicht abgeleitet (siehe Hinweise unten).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Diplotype %1: &lt;b&gt;%2&lt;/b&gt;%3&lt;/p&gt;</source>
        <translation>&lt;p&gt;Diplotyp %1: &lt;b&gt;%2&lt;/b&gt;%3&lt;/p&gt;</translation>
    </message>
    <message>
        <source>, activity score %1</source>
        <translation>, Aktivitätsscore %1</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; (%2): %3&lt;br&gt;&lt;small&gt;&lt;a href=&quot;%4&quot;&gt;%5&lt;/a&gt;&lt;/small&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; (%2): %3&lt;br&gt;&lt;small&gt;&lt;a href=&quot;%4&quot;&gt;%5&lt;/a&gt;&lt;/small&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;small&gt;Never an AMP tier. A genotype read from tumor DNA needs confirmation on germline DNA before a dose is changed.&lt;/small&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;small&gt;Nie ein AMP-Tier. Ein aus Tumor-DNA abgeleiteter Genotyp muss vor einer Dosisänderung an Keimbahn-DNA bestätigt werden.&lt;/small&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;color:gray&apos;&gt;Recommendations of CPIC, in English:&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:gray&apos;&gt;Empfehlungen von CPIC, im englischen Original:&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>onco::PlanEditor</name>
    <message>
        <source>Add %1</source>
        <translation>%1 hinzufügen</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
    <message>
        <source>Edit the plan&apos;s conclusion and meeting</source>
        <translation>Beschluss und Sitzung des Plans bearbeiten</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <source>%1 %2 %3 in %4 (%5 %6, level %7)</source>
        <translation>%1 %2 %3 bei %4 (%5 %6, Level %7)</translation>
    </message>
</context>
<context>
    <name>onco::PlanItemDialog</name>
    <message>
        <source>Edit recommendation</source>
        <translation>Empfehlung bearbeiten</translation>
    </message>
    <message>
        <source>New recommendation</source>
        <translation>Neue Empfehlung</translation>
    </message>
    <message>
        <source>Therapy</source>
        <translation>Therapie</translation>
    </message>
    <message>
        <source>Clinical trial</source>
        <translation>Klinische Studie</translation>
    </message>
    <message>
        <source>Further diagnostics</source>
        <translation>Weitere Diagnostik</translation>
    </message>
    <message>
        <source>(one therapy)</source>
        <translation>(eine Therapie)</translation>
    </message>
    <message>
        <source>Encorafenib + Cetuximab; a trial&apos;s title; germline testing</source>
        <translation>Encorafenib + Cetuximab; Titel einer Studie; Keimbahntestung</translation>
    </message>
    <message>
        <source>Encorafenib, Cetuximab</source>
        <translation>Encorafenib, Cetuximab</translation>
    </message>
    <message>
        <source>CIViC:EID9851, PMID:31566309</source>
        <translation>CIViC:EID9851, PMID:31566309</translation>
    </message>
    <message>
        <source>NCT02928224</source>
        <translation>NCT02928224</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>T&amp;herapies:</source>
        <translation>T&amp;herapien:</translation>
    </message>
    <message>
        <source>&amp;Interaction:</source>
        <translation>&amp;Interaktion:</translation>
    </message>
    <message>
        <source>&amp;Alterations:</source>
        <translation>Alterati&amp;onen:</translation>
    </message>
    <message>
        <source>&amp;Evidence and citations:</source>
        <translation>&amp;Evidenz und Quellen:</translation>
    </message>
    <message>
        <source>T&amp;rials (NCT):</source>
        <translation>Stu&amp;dien (NCT):</translation>
    </message>
    <message>
        <source>&amp;Level it rests on:</source>
        <translation>Zugrunde liegendes &amp;Level:</translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation>&amp;Priorität:</translation>
    </message>
    <message>
        <source>&amp;Rationale:</source>
        <translation>&amp;Begründung:</translation>
    </message>
    <message>
        <source>Name the therapy, the trial or the diagnostic step.</source>
        <translation>Nennen Sie die Therapie, die Studie oder den diagnostischen Schritt.</translation>
    </message>
    <message>
        <source>Type to filter the case&apos;s alterations</source>
        <translation>Tippen, um die Alterationen des Falls zu filtern</translation>
    </message>
    <message>
        <source>Encorafenib + Cetuximab (from the therapies when empty)</source>
        <translation>Encorafenib + Cetuximab (aus den Therapien, wenn leer)</translation>
    </message>
    <message>
        <source>The trial&apos;s title</source>
        <translation>Titel der Studie</translation>
    </message>
    <message>
        <source>Germline testing of BRCA2; RNA fusion panel; repeat biopsy</source>
        <translation>Keimbahntestung von BRCA2; RNA-Fusionspanel; Re-Biopsie</translation>
    </message>
</context>
<context>
    <name>onco::PlanPanel</name>
    <message>
        <source>Recommended therapies</source>
        <translation>Empfohlene Therapien</translation>
    </message>
    <message>
        <source>Clinical trials</source>
        <translation>Klinische Studien</translation>
    </message>
    <message>
        <source>Further diagnostics</source>
        <translation>Weitere Diagnostik</translation>
    </message>
    <message>
        <source>&amp;Add...</source>
        <translation>&amp;Hinzufügen...</translation>
    </message>
    <message>
        <source>Ed&amp;it...</source>
        <translation>&amp;Bearbeiten...</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Save conclusion</source>
        <translation>Beschluss speichern</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Empfehlung</translation>
    </message>
    <message>
        <source>Alterations</source>
        <translation>Alterationen</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidenz</translation>
    </message>
    <message>
        <source>&amp;Therapy...</source>
        <translation>&amp;Therapie...</translation>
    </message>
    <message>
        <source>Clinical t&amp;rial...</source>
        <translation>Klinische &amp;Studie...</translation>
    </message>
    <message>
        <source>Further &amp;diagnostics...</source>
        <translation>Weitere &amp;Diagnostik...</translation>
    </message>
    <message>
        <source>Dr. A (oncologist), Dr. B (molecular pathologist)</source>
        <translation>Dr. A (Onkologie), Dr. B (Molekularpathologie)</translation>
    </message>
    <message>
        <source>The board&apos;s conclusion</source>
        <translation>Beschluss der Tumorkonferenz</translation>
    </message>
    <message>
        <source>Meeting:</source>
        <translation>Sitzung:</translation>
    </message>
    <message>
        <source>Follow-up:</source>
        <translation>Verlaufskontrolle:</translation>
    </message>
    <message>
        <source>Participants:</source>
        <translation>Teilnehmende:</translation>
    </message>
    <message>
        <source>Conclusion:</source>
        <translation>Beschluss:</translation>
    </message>
    <message>
        <source>&lt;i&gt;Save the case to the case database to build the board&apos;s plan.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Speichern Sie den Fall in der Falldatenbank, um den Plan der Tumorkonferenz zu erstellen.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Final:&lt;/b&gt; the plan is signed and read-only; amend the case to change it.</source>
        <translation>&lt;b&gt;Endgültig:&lt;/b&gt; der Plan ist freigegeben und schreibgeschützt; legen Sie einen Nachtrag zum Fall an, um ihn zu ändern.</translation>
    </message>
    <message>
        <source>Drop evidence items here to recommend from them, or add one.</source>
        <translation>Legen Sie Evidenzeinträge hier ab, um daraus Empfehlungen abzuleiten, oder fügen Sie eine Empfehlung hinzu.</translation>
    </message>
    <message>
        <source>Added by %1 on %2</source>
        <translation>Hinzugefügt von %1 am %2</translation>
    </message>
    <message>
        <source>the case is final: amend it to change its plan</source>
        <translation>der Fall ist endgültig: legen Sie einen Nachtrag an, um seinen Plan zu ändern</translation>
    </message>
    <message>
        <source>save the case to the case database first</source>
        <translation>speichern Sie den Fall zuerst in der Falldatenbank</translation>
    </message>
    <message>
        <source>that evidence item is not part of this case</source>
        <translation>dieser Evidenzeintrag gehört nicht zu diesem Fall</translation>
    </message>
    <message>
        <source> – AMP %1</source>
        <translation> – AMP %1</translation>
    </message>
</context>
<context>
    <name>onco::PlotsPanel</name>
    <message>
        <source>Genes of the case with protein-changing mutations, with their number</source>
        <translation>Gene des Falls mit proteinverändernden Mutationen, mit deren Anzahl</translation>
    </message>
    <message>
        <source>&amp;Gene:</source>
        <translation>&amp;Gen:</translation>
    </message>
    <message>
        <source>VAF</source>
        <translation>VAF</translation>
    </message>
    <message>
        <source>Lollipop</source>
        <translation>Lollipop</translation>
    </message>
    <message>
        <source>Copy number</source>
        <translation>Kopienzahl</translation>
    </message>
    <message>
        <source>Export...</source>
        <translation>Exportieren...</translation>
    </message>
    <message>
        <source>Save this plot as a PNG or SVG image</source>
        <translation>Diese Grafik als PNG- oder SVG-Bild speichern</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>the image size %1 x %2 is empty</source>
        <translation>die Bildgröße %1 x %2 ist leer</translation>
    </message>
    <message>
        <source>unknown image type &apos;%1&apos;: use .png or .svg</source>
        <translation>unbekannter Bildtyp &apos;%1&apos;: verwenden Sie .png oder .svg</translation>
    </message>
    <message>
        <source>cannot write the image: %1</source>
        <translation>das Bild kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>Exported from OncoBoard</source>
        <translation>Exportiert aus OncoBoard</translation>
    </message>
    <message>
        <source>cannot write the image</source>
        <translation>das Bild kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG-Bild (*.png)</translation>
    </message>
    <message>
        <source>SVG image (*.svg)</source>
        <translation>SVG-Bild (*.svg)</translation>
    </message>
    <message>
        <source>Export plot</source>
        <translation>Grafik exportieren</translation>
    </message>
    <message>
        <source>The plot could not be exported: %1</source>
        <translation>Die Grafik konnte nicht exportiert werden: %1</translation>
    </message>
    <message>
        <source>Over time</source>
        <translation>Zeitverlauf</translation>
    </message>
</context>
<context>
    <name>onco::PopulationFrequencies</name>
    <message>
        <source>not a population frequency table: it needs the columns chrom, pos, ref, alt, af</source>
        <translation>keine Populationsfrequenztabelle: sie braucht die Spalten chrom, pos, ref, alt, af</translation>
    </message>
    <message>
        <source>position is not a positive integer</source>
        <translation>Position ist keine positive ganze Zahl</translation>
    </message>
    <message>
        <source>allele frequency is not a number from 0 to 1</source>
        <translation>Allelfrequenz ist keine Zahl von 0 bis 1</translation>
    </message>
    <message>
        <source>empty contig or allele</source>
        <translation>leerer Contig oder leeres Allel</translation>
    </message>
    <message>
        <source>population frequencies unavailable: %1</source>
        <translation>Populationsfrequenzen nicht verfügbar: %1</translation>
    </message>
    <message>
        <source>1000 Genomes Project phase 3, global allele frequency (common exome SNPs selected by akt)</source>
        <translation>1000 Genomes Project Phase 3, globale Allelfrequenz (häufige Exom-SNPs, ausgewählt mit akt)</translation>
    </message>
</context>
<context>
    <name>onco::PredispositionPanel</name>
    <message>
        <source>missing columns: the table needs %1</source>
        <translation>fehlende Spalten: die Tabelle benötigt %1</translation>
    </message>
    <message>
        <source>empty or unstripped gene symbol</source>
        <translation>leeres Gensymbol oder Gensymbol mit Leerraum</translation>
    </message>
    <message>
        <source>empty gene symbol</source>
        <translation>leeres Gensymbol</translation>
    </message>
    <message>
        <source>cancer predisposition panel unavailable: %1</source>
        <translation>Panel der Krebsprädispositionsgene nicht verfügbar: %1</translation>
    </message>
</context>
<context>
    <name>onco::PresentationView</name>
    <message>
        <source>← → move between findings · Esc or F11 leaves</source>
        <translation>← → zwischen Befunden wechseln · Esc oder F11 beendet</translation>
    </message>
    <message>
        <source>Finding %1 of %2</source>
        <translation>Befund %1 von %2</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;AMP %1&lt;/b&gt;%2 &amp;middot; ESCAT %3 &amp;middot; OncoKB-style %4&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;AMP %1&lt;/b&gt;%2 &amp;middot; ESCAT %3 &amp;middot; OncoKB-artig %4&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;%1&lt;/p&gt;</source>
        <translation>&lt;p&gt;%1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Tumor VAF %1 %%2&lt;/p&gt;</source>
        <translation>&lt;p&gt;Tumor-VAF %1 %%2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>, depth %1</source>
        <translation>, Tiefe %1</translation>
    </message>
    <message>
        <source>resistance: </source>
        <translation>Resistenz: </translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Therapies with on-label evidence&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;%1&lt;/ul&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Therapien mit On-Label-Evidenz&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;%1&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Caution:&lt;/b&gt; %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Vorsicht:&lt;/b&gt; %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;i&gt;Not yet reviewed.&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;i&gt;Noch nicht bewertet.&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Board decision:&lt;/b&gt; %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Entscheidung der Tumorkonferenz:&lt;/b&gt; %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Plan&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;%1&lt;/ul&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Plan&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;%1&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Conclusion of the board:&lt;/b&gt; %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Beschluss der Tumorkonferenz:&lt;/b&gt; %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;No actionable finding (AMP Tier I or II, or included by the board) in this case.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Kein therapeutisch relevanter Befund (AMP Tier I oder II, oder von der Tumorkonferenz aufgenommen) in diesem Fall.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Findings: %1</source>
        <translation>Befunde: %1</translation>
    </message>
    <message>
        <source>&lt;li&gt;%1%2 &amp;mdash; %3 level %4 (%5)&lt;/li&gt;</source>
        <translation>&lt;li&gt;%1%2 &amp;mdash; %3 Level %4 (%5)&lt;/li&gt;</translation>
    </message>
</context>
<context>
    <name>onco::ProfileExpression</name>
    <message>
        <source>unexpected &apos;%1&apos;</source>
        <translation>unerwartetes &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the expression ends early</source>
        <translation>der Ausdruck endet vorzeitig</translation>
    </message>
    <message>
        <source>a parenthesis is not closed</source>
        <translation>eine Klammer ist nicht geschlossen</translation>
    </message>
    <message>
        <source>a variant is missing before &apos;%1&apos;</source>
        <translation>vor &apos;%1&apos; fehlt eine Variante</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of the profile&apos;s variants</source>
        <translation>&apos;%1&apos; ist keine Variante des Profils</translation>
    </message>
</context>
<context>
    <name>onco::ProteinLengthTable</name>
    <message>
        <source>a protein length table needs Hugo_Symbol and aa.length columns</source>
        <translation>eine Proteinlängentabelle braucht die Spalten Hugo_Symbol und aa.length</translation>
    </message>
</context>
<context>
    <name>onco::ProteinSequences</name>
    <message>
        <source>a FASTA header without a gene symbol</source>
        <translation>ein FASTA-Header ohne Gensymbol</translation>
    </message>
    <message>
        <source>sequence before the first FASTA header</source>
        <translation>Sequenz vor dem ersten FASTA-Header</translation>
    </message>
</context>
<context>
    <name>onco::ReadBounds</name>
    <message numerus="yes">
        <source>%n record(s) repeat an earlier record exactly (the first repeats line %1); each is listed once</source>
        <translation>
            <numerusform>%n Datensatz wiederholt einen früheren Datensatz exakt (der erste wiederholt Zeile %1); jeder wird einmal aufgeführt</numerusform>
            <numerusform>%n Datensätze wiederholen einen früheren Datensatz exakt (der erste wiederholt Zeile %1); jeder wird einmal aufgeführt</numerusform>
        </translation>
    </message>
    <message>
        <source>the file gives more than %1 alterations, the cap for one input; reading stopped here (raise it with --max-records, or split the file)</source>
        <translation>die Datei enthält mehr als %1 Alterationen, die Obergrenze für eine Eingabe; das Lesen wurde hier beendet (erhöhen Sie die Grenze mit --max-records oder teilen Sie die Datei auf)</translation>
    </message>
</context>
<context>
    <name>onco::ReadSupport</name>
    <message>
        <source>VAF %1 is not a fraction between 0 and 1</source>
        <translation>VAF %1 ist kein Anteil zwischen 0 und 1</translation>
    </message>
    <message>
        <source>a read count is negative</source>
        <translation>eine Read-Anzahl ist negativ</translation>
    </message>
    <message>
        <source>%1 alternative reads exceed the depth of %2</source>
        <translation>%1 alternative Reads übersteigen die Tiefe von %2</translation>
    </message>
</context>
<context>
    <name>onco::ReferenceGenome</name>
    <message>
        <source>no such reference genome file</source>
        <translation>Referenzgenomdatei nicht vorhanden</translation>
    </message>
    <message>
        <source>the reference genome has no index %1.fai: index it with &apos;samtools faidx %1&apos;</source>
        <translation>das Referenzgenom hat keinen Index %1.fai: indizieren Sie es mit &apos;samtools faidx %1&apos;</translation>
    </message>
    <message>
        <source>not a readable indexed FASTA (a bgzip-compressed FASTA also needs its .gzi index)</source>
        <translation>keine lesbare indizierte FASTA (eine mit bgzip komprimierte FASTA braucht auch ihren .gzi-Index)</translation>
    </message>
    <message>
        <source>the reference genome holds no sequence</source>
        <translation>das Referenzgenom enthält keine Sequenz</translation>
    </message>
</context>
<context>
    <name>onco::ReferenceImporter</name>
    <message>
        <source>not a %1 table: missing columns %2</source>
        <translation>keine %1-Tabelle: fehlende Spalten %2</translation>
    </message>
    <message numerus="yes">
        <source>%n more rows with problems are not listed</source>
        <translation>
            <numerusform>%n weitere Zeile mit Problemen wird nicht aufgeführt</numerusform>
            <numerusform>%n weitere Zeilen mit Problemen werden nicht aufgeführt</numerusform>
        </translation>
    </message>
    <message>
        <source>the row has %1 fields, the header %2: skipped</source>
        <translation>die Zeile hat %1 Felder, die Kopfzeile %2: übersprungen</translation>
    </message>
    <message>
        <source>the row is not valid UTF-8: skipped</source>
        <translation>die Zeile ist kein gültiges UTF-8: übersprungen</translation>
    </message>
    <message>
        <source>the file name names CancerMine %1, not %2</source>
        <translation>der Dateiname nennt CancerMine %1, nicht %2</translation>
    </message>
    <message>
        <source>cannot tell the CancerMine release: name the file cancermine_collated.vNN.tsv or give the release</source>
        <translation>das CancerMine-Release ist nicht erkennbar: benennen Sie die Datei cancermine_collated.vNN.tsv oder geben Sie das Release an</translation>
    </message>
    <message>
        <source>no gene symbol (gene_normalized): skipped</source>
        <translation>kein Gensymbol (gene_normalized): übersprungen</translation>
    </message>
    <message>
        <source>unknown role &quot;%1&quot; (not Oncogene, Tumor_Suppressor or Driver): skipped</source>
        <translation>unbekannte Rolle &quot;%1&quot; (nicht Oncogene, Tumor_Suppressor oder Driver): übersprungen</translation>
    </message>
    <message>
        <source>citation_count &quot;%1&quot; is not a whole number: skipped</source>
        <translation>citation_count &quot;%1&quot; ist keine ganze Zahl: übersprungen</translation>
    </message>
    <message>
        <source>gene_entrez_id &quot;%1&quot; is not a number: stored empty</source>
        <translation>gene_entrez_id &quot;%1&quot; ist keine Zahl: leer gespeichert</translation>
    </message>
    <message>
        <source>cancer_id &quot;%1&quot; is not a Disease Ontology id: stored empty</source>
        <translation>cancer_id &quot;%1&quot; ist keine Disease-Ontology-ID: leer gespeichert</translation>
    </message>
    <message>
        <source>name the pharmOncoX release (its date, such as 2021-12)</source>
        <translation>geben Sie das pharmOncoX-Release an (sein Datum, etwa 2021-12)</translation>
    </message>
    <message>
        <source>empty alias: skipped</source>
        <translation>leerer Alias: übersprungen</translation>
    </message>
    <message>
        <source>alias &quot;%1&quot; names no therapy: skipped</source>
        <translation>Alias &quot;%1&quot; bezeichnet keine Therapie: übersprungen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (%2) repeated with ChEMBL id %3 instead of %4: kept %4</source>
        <translation>&quot;%1&quot; (%2) wiederholt mit ChEMBL-ID %3 statt %4: %4 beibehalten</translation>
    </message>
</context>
<context>
    <name>onco::Relevance</name>
    <message>
        <source>the case has no tumor type</source>
        <translation>der Fall hat keine Tumorentität</translation>
    </message>
    <message>
        <source>the evidence names no disease</source>
        <translation>die Evidenz nennt keine Erkrankung</translation>
    </message>
    <message>
        <source>%1: not an OncoTree code</source>
        <translation>%1: kein OncoTree-Code</translation>
    </message>
    <message>
        <source>%1 is a hematologic tumor; the evidence is for all liquid tumors</source>
        <translation>%1 ist ein hämatologischer Tumor; die Evidenz gilt für alle hämatologischen Neoplasien</translation>
    </message>
    <message>
        <source>%1 is a solid tumor; the evidence is for liquid tumors only</source>
        <translation>%1 ist ein solider Tumor; die Evidenz gilt nur für hämatologische Neoplasien</translation>
    </message>
    <message>
        <source>%1 has the OncoTree main type %2</source>
        <translation>%1 hat den OncoTree-Haupttyp %2</translation>
    </message>
    <message>
        <source>%1 has the OncoTree main type %2, not %3</source>
        <translation>%1 hat den OncoTree-Haupttyp %2, nicht %3</translation>
    </message>
    <message>
        <source>parent %1</source>
        <translation>übergeordnet %1</translation>
    </message>
    <message>
        <source>%1 is below the case&apos;s type: %2</source>
        <translation>%1 liegt unterhalb der Tumorentität des Falls: %2</translation>
    </message>
    <message>
        <source>%1 and %2 are on different OncoTree branches</source>
        <translation>%1 und %2 liegen auf verschiedenen OncoTree-Zweigen</translation>
    </message>
</context>
<context>
    <name>onco::ReportSettingsDialog</name>
    <message>
        <source>Include the patient&apos;s name, birth date and record number</source>
        <translation>Name, Geburtsdatum und Aktennummer der Patientin bzw. des Patienten aufnehmen</translation>
    </message>
    <message>
        <source>Report settings</source>
        <translation>Berichtseinstellungen</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>US Letter</translation>
    </message>
    <message>
        <source>Department of Pathology, University Hospital</source>
        <translation>Institut für Pathologie, Universitätsklinikum</translation>
    </message>
    <message>
        <source>Browse...</source>
        <translation>Durchsuchen...</translation>
    </message>
    <message>
        <source>Institution logo</source>
        <translation>Logo der Einrichtung</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.svg)</source>
        <translation>Bilder (*.png *.jpg *.svg)</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Papier:</translation>
    </message>
    <message>
        <source>&amp;Institution:</source>
        <translation>&amp;Einrichtung:</translation>
    </message>
    <message>
        <source>&amp;Logo:</source>
        <translation>&amp;Logo:</translation>
    </message>
    <message>
        <source>Identifiers:</source>
        <translation>Identifikationsdaten:</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an image this application can read.</source>
        <translation>&apos;%1&apos; ist kein Bild, das diese Anwendung lesen kann.</translation>
    </message>
</context>
<context>
    <name>onco::ReviewController</name>
    <message>
        <source>undone</source>
        <translation>rückgängig gemacht</translation>
    </message>
    <message>
        <source>no case database is open</source>
        <translation>keine Falldatenbank geöffnet</translation>
    </message>
    <message>
        <source>the case is not in the case database</source>
        <translation>der Fall ist nicht in der Falldatenbank</translation>
    </message>
    <message>
        <source>this alteration is not kept for review (not protein-altering, no evidence)</source>
        <translation>diese Alteration wird nicht zur Bewertung vorgehalten (nicht proteinverändernd, keine Evidenz)</translation>
    </message>
    <message>
        <source>save the case to the case database to review it</source>
        <translation>speichern Sie den Fall in der Falldatenbank, um ihn zu bewerten</translation>
    </message>
    <message>
        <source>the case is final and locked: amend it to change it</source>
        <translation>der Fall ist endgültig und gesperrt: legen Sie einen Nachtrag an, um ihn zu ändern</translation>
    </message>
    <message>
        <source>Mark %1</source>
        <translation>Als %1 markieren</translation>
    </message>
    <message>
        <source>no earlier decision on this alteration</source>
        <translation>keine frühere Entscheidung zu dieser Alteration</translation>
    </message>
    <message>
        <source>save the case to the case database first</source>
        <translation>speichern Sie den Fall zuerst in der Falldatenbank</translation>
    </message>
    <message>
        <source>as decided in %1 by %2 on %3%4</source>
        <translation>wie in %1 von %2 am %3 entschieden%4</translation>
    </message>
    <message>
        <source>a sign-off needs the signer&apos;s key</source>
        <translation>eine Freigabe erfordert den Schlüssel der freigebenden Person</translation>
    </message>
</context>
<context>
    <name>onco::ReviewerDialog</name>
    <message>
        <source>Who is reviewing?</source>
        <translation>Wer begutachtet?</translation>
    </message>
    <message>
        <source>Dr. A. Pathologist</source>
        <translation>Dr. A. Muster</translation>
    </message>
    <message>
        <source>Every decision is stored with the name and role of the person who made it. They are kept for the next decisions and sign-offs (Review &gt; Sign Final asks again).</source>
        <translation>Jede Entscheidung wird mit Name und Rolle der Person gespeichert, die sie getroffen hat. Beide werden für die nächsten Entscheidungen und Freigaben beibehalten (Bewertung &gt; Endgültig freigeben fragt erneut).</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rolle:</translation>
    </message>
    <message>
        <source>Give your name and your role.</source>
        <translation>Geben Sie Ihren Namen und Ihre Rolle an.</translation>
    </message>
</context>
<context>
    <name>onco::Roles</name>
    <message>
        <source>molecular pathologist</source>
        <translation>Molekularpatholog*in</translation>
    </message>
    <message>
        <source>oncologist</source>
        <translation>Onkolog*in</translation>
    </message>
    <message>
        <source>geneticist</source>
        <translation>Humangenetiker*in</translation>
    </message>
    <message>
        <source>coordinator</source>
        <translation>Koordinator*in</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>Administrator*in</translation>
    </message>
    <message>
        <source>record review decisions</source>
        <translation>Bewertungsentscheidungen erfassen</translation>
    </message>
    <message>
        <source>change the treatment plan</source>
        <translation>den Therapieplan ändern</translation>
    </message>
    <message>
        <source>change the plan&apos;s meeting, participants and conclusion</source>
        <translation>Sitzung, Teilnehmende und Beschluss des Plans ändern</translation>
    </message>
    <message>
        <source>prepare board meetings and record their conclusions</source>
        <translation>Sitzungen der Tumorkonferenz vorbereiten und ihre Beschlüsse erfassen</translation>
    </message>
    <message>
        <source>record what became of a recommendation</source>
        <translation>erfassen, was aus einer Empfehlung wurde</translation>
    </message>
    <message>
        <source>sign a case preliminary</source>
        <translation>einen Fall vorläufig freigeben</translation>
    </message>
    <message>
        <source>sign a case final or amend it</source>
        <translation>einen Fall endgültig freigeben oder einen Nachtrag erstellen</translation>
    </message>
    <message>
        <source>register or revoke signing keys</source>
        <translation>Signaturschlüssel registrieren oder widerrufen</translation>
    </message>
    <message>
        <source>give members their roles</source>
        <translation>Mitgliedern ihre Rollen zuweisen</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 oder %2</translation>
    </message>
</context>
<context>
    <name>onco::SampleRoleDialog</name>
    <message>
        <source>Choose the tumor sample</source>
        <translation>Tumorprobe auswählen</translation>
    </message>
    <message>
        <source>%1 does not say which of its samples is the tumor. Column order is not trusted: please choose.</source>
        <translation>%1 gibt nicht an, welche seiner Proben der Tumor ist. Die Spaltenreihenfolge gilt nicht als verlässlich: bitte wählen Sie aus.</translation>
    </message>
    <message>
        <source>%1 holds samples of several patients. Choose this patient&apos;s sample.</source>
        <translation>%1 enthält Proben mehrerer Patientinnen und Patienten. Wählen Sie die Probe für diesen Fall.</translation>
    </message>
    <message>
        <source>Tumor sample:</source>
        <translation>Tumorprobe:</translation>
    </message>
    <message>
        <source>none (tumor only)</source>
        <translation>keine (nur Tumor)</translation>
    </message>
    <message>
        <source>Matched normal:</source>
        <translation>Gepaarte Normalprobe:</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
</context>
<context>
    <name>onco::SampleSelector</name>
    <message>
        <source> and %1 more</source>
        <translation> und %1 weitere</translation>
    </message>
    <message>
        <source>its only sample &apos;%1&apos; is taken as sample &apos;%2&apos;</source>
        <translation>ihre einzige Probe &apos;%1&apos; wird als Probe &apos;%2&apos; übernommen</translation>
    </message>
    <message>
        <source>its only sample &apos;%1&apos; is taken as the case&apos;s tumor sample &apos;%2&apos;</source>
        <translation>ihre einzige Probe &apos;%1&apos; wird als Tumorprobe &apos;%2&apos; des Falls übernommen</translation>
    </message>
    <message>
        <source>the file holds %1 samples (%2); choose the patient&apos;s sample with --tumor-sample</source>
        <translation>die Datei enthält %1 Proben (%2); wählen Sie die Probe des Falls mit --tumor-sample</translation>
    </message>
    <message>
        <source>sample &apos;%1&apos; is not in this file (samples: %2): nothing is taken from it</source>
        <translation>Probe &apos;%1&apos; ist nicht in dieser Datei (Proben: %2): es wird nichts daraus übernommen</translation>
    </message>
    <message>
        <source>1 alteration</source>
        <translation>1 Alteration</translation>
    </message>
    <message>
        <source>%L1 alterations</source>
        <translation>%L1 Alterationen</translation>
    </message>
    <message>
        <source>more than %L1 samples in one run: split the cohort</source>
        <translation>mehr als %L1 Proben in einem Lauf: teilen Sie die Kohorte auf</translation>
    </message>
    <message>
        <source>no sample column is recognised (%1), but column &apos;%2&apos; names %3 different values (%4...): the rows may come from several patients and are not read as one case; rename that column</source>
        <translation>keine Probenspalte erkannt (%1), aber Spalte &apos;%2&apos; enthält %3 verschiedene Werte (%4...): die Zeilen stammen möglicherweise von mehreren Patientinnen und Patienten und werden nicht als ein Fall gelesen; benennen Sie diese Spalte um</translation>
    </message>
    <message>
        <source>100 or more</source>
        <translation>100 oder mehr</translation>
    </message>
</context>
<context>
    <name>onco::SignOffDialog</name>
    <message>
        <source>Sign the case final</source>
        <translation>Fall endgültig freigeben</translation>
    </message>
    <message>
        <source>Mark the case preliminary</source>
        <translation>Fall als vorläufig markieren</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rolle:</translation>
    </message>
    <message>
        <source>Time:</source>
        <translation>Zeitpunkt:</translation>
    </message>
    <message>
        <source>Sign final</source>
        <translation>Endgültig freigeben</translation>
    </message>
    <message>
        <source>Mark preliminary</source>
        <translation>Als vorläufig markieren</translation>
    </message>
    <message>
        <source>Signing final needs your name and role.</source>
        <translation>Für die endgültige Freigabe sind Ihr Name und Ihre Rolle erforderlich.</translation>
    </message>
    <message>
        <source>Give your name.</source>
        <translation>Geben Sie Ihren Namen an.</translation>
    </message>
    <message>
        <source>Case %1, version %3 (patient %2) becomes &lt;b&gt;final&lt;/b&gt;: it is locked, its plan and decisions can no longer change, and the PDF loses its PRELIMINARY watermark. Changes afterwards need an amendment, a new version.</source>
        <translation>Fall %1, Version %3 (Patient/in %2) wird &lt;b&gt;endgültig&lt;/b&gt;: er wird gesperrt, sein Plan und seine Entscheidungen können sich nicht mehr ändern, und das PDF verliert sein Wasserzeichen VORLÄUFIG. Spätere Änderungen erfordern einen Nachtrag, also eine neue Version.</translation>
    </message>
    <message>
        <source>Case %1, version %3 (patient %2) becomes &lt;b&gt;preliminary&lt;/b&gt;: ready for the board&apos;s discussion. It can still be edited, or reopened as a draft.</source>
        <translation>Fall %1, Version %3 (Patient/in %2) wird &lt;b&gt;vorläufig&lt;/b&gt;: bereit zur Diskussion in der Tumorkonferenz. Er kann weiterhin bearbeitet oder wieder als Entwurf geöffnet werden.</translation>
    </message>
    <message>
        <source>New signing &amp;passphrase:</source>
        <translation>Neue Signatur-&amp;Passphrase:</translation>
    </message>
    <message>
        <source>Signing &amp;passphrase:</source>
        <translation>Signatur-&amp;Passphrase:</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>Passphrase &amp;wiederholen:</translation>
    </message>
    <message>
        <source>No keychain answers here: your first signature makes your signing key and keeps it sealed with this passphrase.</source>
        <translation>Hier antwortet kein Schlüsselbund: Ihre erste Signatur erzeugt Ihren Signaturschlüssel und verschließt ihn mit dieser Passphrase.</translation>
    </message>
    <message>
        <source>No keychain answers here: your signing key is sealed with this passphrase.</source>
        <translation>Hier antwortet kein Schlüsselbund: Ihr Signaturschlüssel ist mit dieser Passphrase verschlossen.</translation>
    </message>
    <message>
        <source>A signing passphrase has at least 12 characters.</source>
        <translation>Eine Signatur-Passphrase hat mindestens 12 Zeichen.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Die beiden Passphrasen stimmen nicht überein.</translation>
    </message>
</context>
<context>
    <name>onco::SigningKey</name>
    <message>
        <source>the keychain did not answer</source>
        <translation>der Schlüsselbund hat nicht geantwortet</translation>
    </message>
    <message>
        <source>cannot read the signing key: %1</source>
        <translation>der Signaturschlüssel kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>not a signing key file of account &apos;%1&apos;</source>
        <translation>keine Signaturschlüsseldatei des Kontos &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the signing key of &apos;%1&apos; is sealed with its passphrase: give it (ONCOBOARD_SIGNING_PASSPHRASE when there is no window)</source>
        <translation>der Signaturschlüssel von &apos;%1&apos; ist mit seiner Passphrase verschlossen: geben Sie sie an (ONCOBOARD_SIGNING_PASSPHRASE, wenn kein Fenster vorhanden ist)</translation>
    </message>
    <message>
        <source>the passphrase does not open the signing key of &apos;%1&apos;</source>
        <translation>die Passphrase öffnet den Signaturschlüssel von &apos;%1&apos; nicht</translation>
    </message>
    <message>
        <source>the signing key file is damaged</source>
        <translation>die Signaturschlüsseldatei ist beschädigt</translation>
    </message>
    <message>
        <source>a new signing key for &apos;%1&apos; needs a passphrase to seal it (ONCOBOARD_SIGNING_PASSPHRASE when there is no window)</source>
        <translation>ein neuer Signaturschlüssel für &apos;%1&apos; benötigt eine Passphrase, mit der er verschlossen wird (ONCOBOARD_SIGNING_PASSPHRASE, wenn kein Fenster vorhanden ist)</translation>
    </message>
    <message>
        <source>cannot create the folder of the signing key</source>
        <translation>der Ordner des Signaturschlüssels kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>cannot write the signing key: %1</source>
        <translation>der Signaturschlüssel kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>the cryptography library could not start</source>
        <translation>die Kryptografiebibliothek konnte nicht gestartet werden</translation>
    </message>
    <message>
        <source>a signing key has 64 bytes, not %1</source>
        <translation>ein Signaturschlüssel hat 64 Byte, nicht %1</translation>
    </message>
    <message>
        <source>the signing key is damaged</source>
        <translation>der Signaturschlüssel ist beschädigt</translation>
    </message>
    <message>
        <source>signing needs an account</source>
        <translation>Signieren erfordert ein Konto</translation>
    </message>
</context>
<context>
    <name>onco::Tier</name>
    <message>
        <source>sensitivity</source>
        <translation>Ansprechen</translation>
    </message>
    <message>
        <source>resistance</source>
        <translation>Resistenz</translation>
    </message>
    <message>
        <source>diagnostic</source>
        <translation>diagnostisch</translation>
    </message>
    <message>
        <source>prognostic</source>
        <translation>prognostisch</translation>
    </message>
</context>
<context>
    <name>onco::Tiering</name>
    <message>
        <source>on-label (%1)</source>
        <translation>on-label (%1)</translation>
    </message>
    <message>
        <source>off-label (unrelated disease)</source>
        <translation>off-label (nicht verwandte Erkrankung)</translation>
    </message>
    <message>
        <source>disease relation unknown, taken as off-label</source>
        <translation>Beziehung der Erkrankung unbekannt, als off-label gewertet</translation>
    </message>
    <message>
        <source>tumor type missing, capped at Tier II</source>
        <translation>Tumorentität fehlt, begrenzt auf Tier II</translation>
    </message>
    <message>
        <source>possible clonal hematopoiesis: %1 is a CHIP gene and the variant is in the matched normal at VAF %2</source>
        <translation>mögliche klonale Hämatopoese: %1 ist ein CHIP-Gen und die Variante liegt in der gepaarten Normalprobe mit VAF %2 vor</translation>
    </message>
    <message>
        <source>possible clonal hematopoiesis: %1 is a CHIP gene, tumor VAF %2 is low and there is no blood normal; confirm in blood</source>
        <translation>mögliche klonale Hämatopoese: %1 ist ein CHIP-Gen, die Tumor-VAF %2 ist niedrig und es gibt keine Blut-Normalprobe; im Blut bestätigen</translation>
    </message>
    <message>
        <source>no evidence in the knowledge base; consequence unknown (the input has no functional annotation)</source>
        <translation>keine Evidenz in der Wissensdatenbank; Konsequenz unbekannt (die Eingabe hat keine funktionelle Annotation)</translation>
    </message>
    <message>
        <source>no evidence in the knowledge base</source>
        <translation>keine Evidenz in der Wissensdatenbank</translation>
    </message>
    <message>
        <source>not tiered: no evidence, and not a protein-altering variant, amplification, deep deletion or fusion</source>
        <translation>keinem Tier zugeordnet: keine Evidenz und weder proteinverändernde Variante noch Amplifikation, tiefe Deletion oder Fusion</translation>
    </message>
    <message>
        <source>no therapeutic evidence</source>
        <translation>keine therapeutische Evidenz</translation>
    </message>
    <message>
        <source>no tumor type was given: on- or off-label cannot be decided, so no alteration is tiered above Tier II</source>
        <translation>keine Tumorentität angegeben: on- oder off-label lässt sich nicht entscheiden, daher wird keine Alteration höher als Tier II eingestuft</translation>
    </message>
    <message>
        <source>%1, %2 %3 in %4, %5, %6 match</source>
        <translation>%1, %2 %3 bei %4, %5, Zuordnung: %6</translation>
    </message>
    <message>
        <source>gene-level</source>
        <translation>auf Genebene</translation>
    </message>
    <message>
        <source>CIViC assertion %1 (%2, %3 %4, %5) in %6</source>
        <translation>CIViC-Assertion %1 (%2, %3 %4, %5) bei %6</translation>
    </message>
    <message>
        <source>FDA-approved</source>
        <translation>FDA-zugelassen</translation>
    </message>
    <message>
        <source>curated</source>
        <translation>kuratiert</translation>
    </message>
    <message>
        <source>evidence only off-label or of unknown relevance</source>
        <translation>Evidenz nur off-label oder von unklarer Relevanz</translation>
    </message>
    <message>
        <source>matched evidence is biological (oncogenic, functional) or germline only, or does not support</source>
        <translation>die zugeordnete Evidenz ist nur biologisch (onkogen, funktionell) oder betrifft nur die Keimbahn, oder sie ist nicht unterstützend</translation>
    </message>
    <message>
        <source>no therapeutic (sensitivity) evidence</source>
        <translation>keine therapeutische Evidenz (Ansprechen)</translation>
    </message>
    <message>
        <source>no level: no supporting therapeutic, diagnostic or prognostic evidence</source>
        <translation>kein Level: keine unterstützende therapeutische, diagnostische oder prognostische Evidenz</translation>
    </message>
    <message>
        <source>; also %1 (%2)</source>
        <translation>; außerdem %1 (%2)</translation>
    </message>
    <message>
        <source>actionable in %1, not in %2 (sensitivity: AMP %3, ESCAT %4, OncoKB-style %5)</source>
        <translation>therapeutisch relevant bei %1, nicht bei %2 (Ansprechen: AMP %3, ESCAT %4, OncoKB-artig %5)</translation>
    </message>
    <message>
        <source>on-label (%1; %2)</source>
        <translation>on-label (%1; %2)</translation>
    </message>
    <message>
        <source>conditional (%1), taken as off-label</source>
        <translation>bedingt (%1), als off-label gewertet</translation>
    </message>
    <message>
        <source>pan-cancer (%1)</source>
        <translation>entitätsübergreifend (%1)</translation>
    </message>
    <message>
        <source>a subtype defined by this alteration</source>
        <translation>ein durch diese Alteration definierter Subtyp</translation>
    </message>
    <message>
        <source>a subtype the tumor type may or may not be</source>
        <translation>ein Subtyp, dem die Tumorentität angehören kann oder nicht</translation>
    </message>
    <message>
        <source>does not support</source>
        <translation>nicht unterstützend</translation>
    </message>
    <message>
        <source>%1 (%2 %3%4) is contradicted by on-label evidence of the same or a higher level: %5</source>
        <translation>%1 (%2 %3%4) steht im Widerspruch zu on-label-Evidenz gleichen oder höheren Levels: %5</translation>
    </message>
    <message>
        <source>germline: in the matched normal at VAF %1 (tumor %2)</source>
        <translation>Keimbahn: in der gepaarten Normalprobe mit VAF %1 (Tumor %2)</translation>
    </message>
    <message>
        <source>%1; %2 is a cancer-predisposition gene (%3): suggest germline referral and counselling</source>
        <translation>%1; %2 ist ein Krebsprädispositionsgen (%3): Überweisung zur Keimbahndiagnostik und genetische Beratung empfehlen</translation>
    </message>
    <message>
        <source>%1; not a somatic finding; %2 is not a cancer-predisposition gene, so no referral is suggested</source>
        <translation>%1; kein somatischer Befund; %2 ist kein Krebsprädispositionsgen, daher wird keine Überweisung empfohlen</translation>
    </message>
    <message>
        <source>possible germline: tumor VAF %1 with no matched normal, and %2 is a cancer-predisposition gene (%3); confirm on normal tissue before a referral</source>
        <translation>mögliche Keimbahnvariante: Tumor-VAF %1 ohne gepaarte Normalprobe, und %2 ist ein Krebsprädispositionsgen (%3); vor einer Überweisung an Normalgewebe bestätigen</translation>
    </message>
    <message>
        <source>a %1 pharmacogenomic allele: genotype, phenotype and CPIC recommendation are in the pharmacogenomics section, never an AMP tier</source>
        <translation>ein pharmakogenomisches %1-Allel: Genotyp, Phänotyp und CPIC-Empfehlung stehen im Abschnitt Pharmakogenomik; nie ein AMP-Tier</translation>
    </message>
    <message>
        <source>common in the population: allele frequency %1 in %2</source>
        <translation>häufig in der Bevölkerung: Allelfrequenz %1 in %2</translation>
    </message>
    <message>
        <source>CIViC assertion %1 places it in Tier I</source>
        <translation>CIViC-Assertion %1 ordnet sie Tier I zu</translation>
    </message>
    <message>
        <source>the therapy is approved for this biomarker here</source>
        <translation>die Therapie ist hier für diesen Biomarker zugelassen</translation>
    </message>
    <message>
        <source>class-level item: consensus needs an assertion or an approval, not a rating</source>
        <translation>Eintrag auf Klassenebene: ein Konsens erfordert eine Assertion oder eine Zulassung, keine Bewertung</translation>
    </message>
    <message>
        <source>rated %1 of 5</source>
        <translation>bewertet mit %1 von 5</translation>
    </message>
    <message>
        <source>rated %1 of 5, no Tier I assertion or approval</source>
        <translation>bewertet mit %1 von 5, keine Tier-I-Assertion oder -Zulassung</translation>
    </message>
    <message>
        <source>not rated, no Tier I assertion or approval</source>
        <translation>nicht bewertet, keine Tier-I-Assertion oder -Zulassung</translation>
    </message>
    <message>
        <source>%1: the label excludes this tumor type</source>
        <translation>%1: die Zulassung schließt diese Tumorentität aus</translation>
    </message>
    <message>
        <source>T0 common in the population (allele frequency %1 in %2 &gt;= 1 %): benign or likely benign for somatic tiering, whatever evidence matches</source>
        <translation>T0 häufig in der Bevölkerung (Allelfrequenz %1 in %2 &gt;= 1 %): benigne oder wahrscheinlich benigne für die somatische Tier-Einstufung, unabhängig von der zugeordneten Evidenz</translation>
    </message>
    <message>
        <source>not tiered: a %1 pharmacogenomic allele (see the pharmacogenomics section)</source>
        <translation>keinem Tier zugeordnet: ein pharmakogenomisches %1-Allel (siehe Abschnitt Pharmakogenomik)</translation>
    </message>
    <message>
        <source>a variant of unknown significance: gene-level class evidence (%1) applies only to functional members of the class (truncating in a tumor suppressor, or a change or residue a knowledge base documents)</source>
        <translation>eine Variante unklarer Signifikanz: Klassenevidenz auf Genebene (%1) gilt nur für funktionelle Mitglieder der Klasse (trunkierend in einem Tumorsuppressor oder eine Veränderung oder Aminosäure, die eine Wissensdatenbank dokumentiert)</translation>
    </message>
    <message>
        <source>evidence about common germline or pharmacogenomic variants (%1) sets no somatic tier</source>
        <translation>Evidenz zu häufigen Keimbahn- oder pharmakogenomischen Varianten (%1) legt kein somatisches Tier fest</translation>
    </message>
    <message>
        <source>predictive items without a therapy (%1) set no therapeutic tier</source>
        <translation>prädiktive Einträge ohne Therapie (%1) legen kein therapeutisches Tier fest</translation>
    </message>
    <message>
        <source>common in the population</source>
        <translation>häufig in der Bevölkerung</translation>
    </message>
    <message>
        <source>T17 %1, but the value is an estimate (%2): at most II-C</source>
        <translation>T17 %1, aber der Wert ist eine Schätzung (%2): höchstens II-C</translation>
    </message>
    <message>
        <source>%1 is %2; confirm with a validated assay before acting on it</source>
        <translation>%1 ist %2; vor klinischen Konsequenzen mit einem validierten Test bestätigen</translation>
    </message>
    <message>
        <source>evidence about germline variants (%1) applied to this variant: its evidence (e.g. a germline-only approval) holds for a somatic call only with caution; establish the variant&apos;s origin</source>
        <translation>Evidenz zu Keimbahnvarianten (%1) auf diese Variante angewandt: diese Evidenz (z. B. eine nur für die Keimbahn geltende Zulassung) gilt für einen somatischen Befund nur mit Vorsicht; klären Sie den Ursprung der Variante</translation>
    </message>
    <message>
        <source>T16 tumor type missing: level %1 capped at II-C</source>
        <translation>T16 Tumorentität fehlt: Level %1 begrenzt auf II-C</translation>
    </message>
    <message>
        <source>T16 tumor type missing: level %1 gives II-D</source>
        <translation>T16 Tumorentität fehlt: Level %1 ergibt II-D</translation>
    </message>
    <message>
        <source>T14 a diagnostic or prognostic item about cancer in general sets no tier</source>
        <translation>T14 ein diagnostischer oder prognostischer Eintrag zu Krebs im Allgemeinen legt kein Tier fest</translation>
    </message>
    <message>
        <source>T12 pan-cancer level %1 without a tumor-agnostic approval: at most II-C</source>
        <translation>T12 entitätsübergreifendes Level %1 ohne tumoragnostische Zulassung: höchstens II-C</translation>
    </message>
    <message>
        <source>T13 pan-cancer level %1 sets no tier</source>
        <translation>T13 entitätsübergreifendes Level %1 legt kein Tier fest</translation>
    </message>
    <message>
        <source>T14 a diagnostic or prognostic item off-label sets no tier</source>
        <translation>T14 ein diagnostischer oder prognostischer Eintrag off-label legt kein Tier fest</translation>
    </message>
    <message>
        <source>T10 level %1 in another tumor type (Li level C: approved or studied elsewhere): II-C</source>
        <translation>T10 Level %1 bei einer anderen Tumorentität (Li-Level C: anderswo zugelassen oder untersucht): II-C</translation>
    </message>
    <message>
        <source>T11 level %1 in another tumor type sets no tier</source>
        <translation>T11 Level %1 bei einer anderen Tumorentität legt kein Tier fest</translation>
    </message>
    <message>
        <source>T9 level %1 resistance to a therapy not approved in this tumor type: II-C</source>
        <translation>T9 Level %1 Resistenz gegen eine bei dieser Tumorentität nicht zugelassene Therapie: II-C</translation>
    </message>
    <message>
        <source>T5 level A resistance, on-label, to a therapy approved here (%1): I-A</source>
        <translation>T5 Level A Resistenz, on-label, gegen eine hier zugelassene Therapie (%1): I-A</translation>
    </message>
    <message>
        <source>T5 level A, on-label: I-A</source>
        <translation>T5 Level A, on-label: I-A</translation>
    </message>
    <message>
        <source>T6 level B with expert consensus (%1), on-label: I-B</source>
        <translation>T6 Level B mit Expertenkonsens (%1), on-label: I-B</translation>
    </message>
    <message>
        <source>T7 level B without expert consensus (%1): Li level C, II-C</source>
        <translation>T7 Level B ohne Expertenkonsens (%1): Li-Level C, II-C</translation>
    </message>
    <message>
        <source>T8 level C, on-label: II-C</source>
        <translation>T8 Level C, on-label: II-C</translation>
    </message>
    <message>
        <source>T8 level %1, on-label: II-D</source>
        <translation>T8 Level %1, on-label: II-D</translation>
    </message>
    <message>
        <source>%1 approval %2</source>
        <translation>%1-Zulassung %2</translation>
    </message>
    <message>
        <source>T16 tumor type missing: %1 capped at II-C</source>
        <translation>T16 Tumorentität fehlt: %1 begrenzt auf II-C</translation>
    </message>
    <message>
        <source>T2 tumor-agnostic %1 covers this tumor: I-A</source>
        <translation>T2 tumoragnostische %1 gilt für diesen Tumor: I-A</translation>
    </message>
    <message>
        <source>T2 the tumor-agnostic %1 does not cover this tumor type</source>
        <translation>T2 die tumoragnostische %1 gilt nicht für diese Tumorentität</translation>
    </message>
    <message>
        <source>T3 %1 in another tumor type (Li level C): II-C</source>
        <translation>T3 %1 bei einer anderen Tumorentität (Li-Level C): II-C</translation>
    </message>
    <message>
        <source>T3 resistance per the label of another tumor type sets no tier</source>
        <translation>T3 Resistenz laut Zulassung für eine andere Tumorentität legt kein Tier fest</translation>
    </message>
    <message>
        <source>T4 the label states resistance, but the therapy is not approved in this tumor type: II-C</source>
        <translation>T4 die Zulassung nennt Resistenz, aber die Therapie ist bei dieser Tumorentität nicht zugelassen: II-C</translation>
    </message>
    <message>
        <source>T1 resistance stated by the label of %1, on-label: I-A</source>
        <translation>T1 Resistenz laut %1, on-label: I-A</translation>
    </message>
    <message>
        <source>T1 %1 in this tumor type: I-A</source>
        <translation>T1 %1 bei dieser Tumorentität: I-A</translation>
    </message>
    <message>
        <source>T15 OncoKB level %1, on-label: I-A</source>
        <translation>T15 OncoKB-Level %1, on-label: I-A</translation>
    </message>
    <message>
        <source>T15 OncoKB level %1, on-label: I-B</source>
        <translation>T15 OncoKB-Level %1, on-label: I-B</translation>
    </message>
    <message>
        <source>T15 OncoKB level 3B: II-C</source>
        <translation>T15 OncoKB-Level 3B: II-C</translation>
    </message>
    <message>
        <source>T15 OncoKB level 4: II-D</source>
        <translation>T15 OncoKB-Level 4: II-D</translation>
    </message>
    <message>
        <source>T15 OncoKB level %1 in another tumor type: II-C</source>
        <translation>T15 OncoKB-Level %1 bei einer anderen Tumorentität: II-C</translation>
    </message>
    <message>
        <source>T16 tumor type missing: OncoKB level 4 gives II-D</source>
        <translation>T16 Tumorentität fehlt: OncoKB-Level 4 ergibt II-D</translation>
    </message>
    <message>
        <source>E2 tumor-agnostic approval (basket trials): I-C</source>
        <translation>E2 tumoragnostische Zulassung (Basket-Studien): I-C</translation>
    </message>
    <message>
        <source>E1 approved in this tumor type: I-A/B</source>
        <translation>E1 bei dieser Tumorentität zugelassen: I-A/B</translation>
    </message>
    <message>
        <source>E5 approved in another tumor type: III-A</source>
        <translation>E5 bei einer anderen Tumorentität zugelassen: III-A</translation>
    </message>
    <message>
        <source>E1 OncoKB level %1, on-label</source>
        <translation>E1 OncoKB-Level %1, on-label</translation>
    </message>
    <message>
        <source>E3 OncoKB level 3A, on-label: II-A/B</source>
        <translation>E3 OncoKB-Level 3A, on-label: II-A/B</translation>
    </message>
    <message>
        <source>E5 OncoKB level %1 in another tumor type: III-A</source>
        <translation>E5 OncoKB-Level %1 bei einer anderen Tumorentität: III-A</translation>
    </message>
    <message>
        <source>E6 OncoKB level 4: IV-A</source>
        <translation>E6 OncoKB-Level 4: IV-A</translation>
    </message>
    <message>
        <source>E1 level A, on-label: I-A/B</source>
        <translation>E1 Level A, on-label: I-A/B</translation>
    </message>
    <message>
        <source>E3 level B with consensus, on-label: II-A/B</source>
        <translation>E3 Level B mit Konsens, on-label: II-A/B</translation>
    </message>
    <message>
        <source>E4 level %1, on-label: II-B</source>
        <translation>E4 Level %1, on-label: II-B</translation>
    </message>
    <message>
        <source>E5 pan-cancer level %1 without a tumor-agnostic approval: III-A</source>
        <translation>E5 entitätsübergreifendes Level %1 ohne tumoragnostische Zulassung: III-A</translation>
    </message>
    <message>
        <source>E5 level %1 in another tumor type: III-A</source>
        <translation>E5 Level %1 bei einer anderen Tumorentität: III-A</translation>
    </message>
    <message>
        <source>E6 level D (preclinical), on-label: IV-A</source>
        <translation>E6 Level D (präklinisch), on-label: IV-A</translation>
    </message>
    <message>
        <source>E6 level E (inferential), on-label: IV-B</source>
        <translation>E6 Level E (abgeleitet), on-label: IV-B</translation>
    </message>
    <message>
        <source>K9 OncoKB&apos;s own level, on-label</source>
        <translation>K9 eigenes OncoKB-Level, on-label</translation>
    </message>
    <message>
        <source>K9 OncoKB level %1 in another tumor type: 3B</source>
        <translation>K9 OncoKB-Level %1 bei einer anderen Tumorentität: 3B</translation>
    </message>
    <message>
        <source>K9 OncoKB level 4</source>
        <translation>K9 OncoKB-Level 4</translation>
    </message>
    <message>
        <source>K1 FDA approval %1 for this indication: 1</source>
        <translation>K1 FDA-Zulassung %1 für diese Indikation: 1</translation>
    </message>
    <message>
        <source>K2 %1 approval %2 for this indication (not FDA): 2</source>
        <translation>K2 %1-Zulassung %2 für diese Indikation (nicht FDA): 2</translation>
    </message>
    <message>
        <source>K4 approved in another indication (%1): 3B</source>
        <translation>K4 in einer anderen Indikation zugelassen (%1): 3B</translation>
    </message>
    <message>
        <source>K1 level A with an FDA-approval assertion, on-label: 1</source>
        <translation>K1 Level A mit FDA-Zulassungs-Assertion, on-label: 1</translation>
    </message>
    <message>
        <source>K2 level A (guideline-level), on-label: 2</source>
        <translation>K2 Level A (Leitlinienniveau), on-label: 2</translation>
    </message>
    <message>
        <source>K3 level %1 clinical evidence, on-label: 3A</source>
        <translation>K3 Level %1 klinische Evidenz, on-label: 3A</translation>
    </message>
    <message>
        <source>K4 level %1 in another or no particular tumor type: 3B</source>
        <translation>K4 Level %1 bei einer anderen oder keiner bestimmten Tumorentität: 3B</translation>
    </message>
    <message>
        <source>K5 level D (biological evidence), on-label: 4</source>
        <translation>K5 Level D (biologische Evidenz), on-label: 4</translation>
    </message>
    <message>
        <source>K6 resistance to a therapy not approved in this tumor type: no R level</source>
        <translation>K6 Resistenz gegen eine bei dieser Tumorentität nicht zugelassene Therapie: kein R-Level</translation>
    </message>
    <message>
        <source>K6 standard-care resistance to a therapy approved here (%1): R1</source>
        <translation>K6 Resistenz gegen eine hier zugelassene Standardtherapie (%1): R1</translation>
    </message>
    <message>
        <source>K7 clinical evidence of resistance to a therapy approved here (%1): R2</source>
        <translation>K7 klinische Evidenz für Resistenz gegen eine hier zugelassene Therapie (%1): R2</translation>
    </message>
    <message>
        <source>K8 diagnostic level A, on-label</source>
        <translation>K8 diagnostisches Level A, on-label</translation>
    </message>
    <message>
        <source>K8 diagnostic level %1, on-label: Dx3</source>
        <translation>K8 diagnostisches Level %1, on-label: Dx3</translation>
    </message>
    <message>
        <source>K8 prognostic level A, on-label</source>
        <translation>K8 prognostisches Level A, on-label</translation>
    </message>
    <message>
        <source>K8 prognostic level B, on-label: Px3</source>
        <translation>K8 prognostisches Level B, on-label: Px3</translation>
    </message>
</context>
<context>
    <name>onco::TimelinePanel</name>
    <message>
        <source>Export TSV...</source>
        <translation>TSV exportieren...</translation>
    </message>
    <message>
        <source>Save every alteration&apos;s VAF at each sample as a table</source>
        <translation>Die VAF jeder Alteration in jeder Probe als Tabelle speichern</translation>
    </message>
    <message>
        <source>Samples over time: open a stored case</source>
        <translation>Proben im Zeitverlauf: öffnen Sie einen gespeicherten Fall</translation>
    </message>
    <message>
        <source>A patient&apos;s samples over time are shown for cases of the case database.</source>
        <translation>Die Proben einer Patientin bzw. eines Patienten im Zeitverlauf werden für Fälle der Falldatenbank angezeigt.</translation>
    </message>
    <message>
        <source>%1 %2 (case %3)</source>
        <translation>%1 %2 (Fall %3)</translation>
    </message>
    <message>
        <source>%1, no sample date</source>
        <translation>%1, kein Probendatum</translation>
    </message>
    <message>
        <source>liquid biopsy</source>
        <translation>Liquid Biopsy</translation>
    </message>
    <message>
        <source>tissue</source>
        <translation>Gewebe</translation>
    </message>
    <message>
        <source>Patient %1: %2</source>
        <translation>Patient*in %1: %2</translation>
    </message>
    <message>
        <source>One sample of this patient so far: nothing to compare</source>
        <translation>Bisher nur eine Probe dieser Patientin bzw. dieses Patienten: nichts zu vergleichen</translation>
    </message>
    <message>
        <source>Tumor VAF of the alterations with tier I or II or with evidence, by sample date</source>
        <translation>Tumor-VAF der Alterationen mit Tier I oder II oder mit Evidenz, nach Probendatum</translation>
    </message>
    <message>
        <source>Sample date</source>
        <translation>Probendatum</translation>
    </message>
    <message>
        <source>Tumor VAF</source>
        <translation>Tumor-VAF</translation>
    </message>
    <message>
        <source>No alteration with tier I or II or with evidence appeared or was lost between the samples.</source>
        <translation>Keine Alteration mit Tier I oder II oder mit Evidenz ist zwischen den Proben hinzugekommen oder verschwunden.</translation>
    </message>
    <message>
        <source>Export Samples over Time</source>
        <translation>Proben im Zeitverlauf exportieren</translation>
    </message>
    <message>
        <source>%1-timeline.tsv</source>
        <translation>%1-timeline.tsv</translation>
    </message>
    <message>
        <source>TSV (*.tsv)</source>
        <translation>TSV (*.tsv)</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>onco::TranscriptModels</name>
    <message>
        <source>a transcript table needs gene, refseq, ensembl, chrom, strand, tx_start, tx_end, cds_start, cds_end, exon_starts and exon_ends</source>
        <translation>eine Transkripttabelle benötigt gene, refseq, ensembl, chrom, strand, tx_start, tx_end, cds_start, cds_end, exon_starts und exon_ends</translation>
    </message>
    <message>
        <source>transcript coordinates are not valid</source>
        <translation>Transkriptkoordinaten sind ungültig</translation>
    </message>
    <message>
        <source>exons overlap or are not in genome order</source>
        <translation>Exons überlappen oder sind nicht in genomischer Reihenfolge</translation>
    </message>
    <message>
        <source>a GFF3 line needs 9 tab-separated columns, this one has %1</source>
        <translation>eine GFF3-Zeile benötigt 9 tabulatorgetrennte Spalten, diese hat %1</translation>
    </message>
    <message>
        <source>GFF3 start and end are not valid 1-based positions</source>
        <translation>GFF3-Start und -Ende sind keine gültigen 1-basierten Positionen</translation>
    </message>
    <message>
        <source>the GFF3 file describes no transcript with exons</source>
        <translation>die GFF3-Datei beschreibt kein Transkript mit Exons</translation>
    </message>
    <message>
        <source>not a gene extent table</source>
        <translation>keine Tabelle mit Genbereichen</translation>
    </message>
    <message>
        <source>not a gene extent</source>
        <translation>kein Genbereich</translation>
    </message>
</context>
<context>
    <name>onco::TsvReader</name>
    <message>
        <source>the file is empty: no header row</source>
        <translation>die Datei ist leer: keine Kopfzeile</translation>
    </message>
</context>
<context>
    <name>onco::TumorRelation</name>
    <message>
        <source>same tumor type</source>
        <translation>gleiche Tumorentität</translation>
    </message>
    <message>
        <source>evidence in a broader tumor type</source>
        <translation>Evidenz bei übergeordneter Tumorentität</translation>
    </message>
    <message>
        <source>evidence in a subtype</source>
        <translation>Evidenz bei einem Subtyp</translation>
    </message>
    <message>
        <source>unrelated tumor type</source>
        <translation>nicht verwandte Tumorentität</translation>
    </message>
    <message>
        <source>relation unknown</source>
        <translation>Beziehung unbekannt</translation>
    </message>
</context>
<context>
    <name>onco::TumorTypeGraph</name>
    <message>
        <source>not a Disease Ontology report: the header needs id, label and subClassOf</source>
        <translation>kein Disease-Ontology-Bericht: die Kopfzeile benötigt id, label und subClassOf</translation>
    </message>
    <message>
        <source>not a DOID with a label; row skipped</source>
        <translation>keine DOID mit Label; Zeile übersprungen</translation>
    </message>
    <message>
        <source>label &quot;%1&quot; of %2 also names another term</source>
        <translation>Label &quot;%1&quot; von %2 bezeichnet auch einen anderen Begriff</translation>
    </message>
    <message>
        <source>no Disease Ontology terms</source>
        <translation>keine Disease-Ontology-Begriffe</translation>
    </message>
    <message>
        <source>parent &quot;%1&quot; of %2 is not another term&apos;s label; edge dropped</source>
        <translation>Elternbegriff &quot;%1&quot; von %2 ist nicht das Label eines anderen Begriffs; Kante verworfen</translation>
    </message>
    <message>
        <source>the is_a relation of the ontology has a cycle</source>
        <translation>die is_a-Relation der Ontologie enthält einen Zyklus</translation>
    </message>
    <message>
        <source>neither map has a row for invasive breast carcinoma, so no Breast code resolved</source>
        <translation>keine der beiden Zuordnungstabellen hat eine Zeile für das invasive Mammakarzinom, daher wurde kein Breast-Code aufgelöst</translation>
    </message>
    <message>
        <source>tissue node without a row, mapped to its organ cancer like BRAIN -&gt; brain cancer</source>
        <translation>Gewebeknoten ohne Zeile, seinem Organkrebs zugeordnet, etwa BRAIN -&gt; brain cancer</translation>
    </message>
    <message>
        <source>both maps give DOID:8692 myeloid leukemia, which is broader</source>
        <translation>beide Zuordnungstabellen nennen DOID:8692 myeloid leukemia, das weiter gefasst ist</translation>
    </message>
    <message>
        <source>phenOncoX gives DOID:3683 lung benign neoplasm for the Lung tissue</source>
        <translation>phenOncoX nennt DOID:3683 lung benign neoplasm für das Gewebe Lung</translation>
    </message>
    <message>
        <source>phenOncoX gives DOID:731 urinary system benign neoplasm for the Bladder/Urinary Tract tissue</source>
        <translation>phenOncoX nennt DOID:731 urinary system benign neoplasm für das Gewebe Bladder/Urinary Tract</translation>
    </message>
    <message>
        <source>phenOncoX gives only DOID:1107 esophageal carcinoma for the Esophagus/Stomach tissue</source>
        <translation>phenOncoX nennt für das Gewebe Esophagus/Stomach nur DOID:1107 esophageal carcinoma</translation>
    </message>
    <message>
        <source>phenOncoX gives DOID:1240 leukemia, but the Myeloid tissue also holds MDS, MPN and mastocytosis</source>
        <translation>phenOncoX nennt DOID:1240 leukemia, das Gewebe Myeloid umfasst aber auch MDS, MPN und Mastozytose</translation>
    </message>
    <message>
        <source>phenOncoX adds DOID:0070004, which was myeloma in its DO release and is myeloid neoplasm now</source>
        <translation>phenOncoX ergänzt DOID:0070004, das in seinem DO-Release myeloma war und jetzt myeloid neoplasm ist</translation>
    </message>
    <message>
        <source>phenOncoX gives DOID:0080211 nodal marginal zone lymphoma; EMALT is extranodal</source>
        <translation>phenOncoX nennt DOID:0080211 nodal marginal zone lymphoma; EMALT ist extranodal</translation>
    </message>
    <message>
        <source>tissue node without a row, mapped to its organ cancer</source>
        <translation>Gewebeknoten ohne Zeile, seinem Organkrebs zugeordnet</translation>
    </message>
    <message>
        <source>tissue node without a row; its malignant codes are soft tissue sarcomas</source>
        <translation>Gewebeknoten ohne Zeile; seine malignen Codes sind Weichteilsarkome</translation>
    </message>
    <message>
        <source>not an OncoTree to DOID map: the header needs %1, %2 and %3</source>
        <translation>keine Zuordnungstabelle von OncoTree zu DOID: die Kopfzeile benötigt %1, %2 und %3</translation>
    </message>
    <message>
        <source>%1: %2 (%3) is not in the Disease Ontology; row dropped</source>
        <translation>%1: %2 (%3) ist nicht in der Disease Ontology; Zeile verworfen</translation>
    </message>
    <message>
        <source>%1: %2 (%3) is not in the Disease Ontology; using %4</source>
        <translation>%1: %2 (%3) ist nicht in der Disease Ontology; %4 wird verwendet</translation>
    </message>
    <message>
        <source>%1 is obsolete, matched by label</source>
        <translation>%1 ist obsolet, über das Label zugeordnet</translation>
    </message>
    <message>
        <source>%1: the map calls %2 &quot;%3&quot;, the Disease Ontology &quot;%4&quot;</source>
        <translation>%1: die Zuordnungstabelle nennt %2 &quot;%3&quot;, die Disease Ontology &quot;%4&quot;</translation>
    </message>
    <message>
        <source>curated row %1: %2 is not in the Disease Ontology</source>
        <translation>kuratierte Zeile %1: %2 ist nicht in der Disease Ontology</translation>
    </message>
    <message>
        <source>%1: phenOncoX (%2) and the NCIt join (%3) disagree; phenOncoX is used</source>
        <translation>%1: phenOncoX (%2) und die NCIt-Verknüpfung (%3) widersprechen sich; phenOncoX wird verwendet</translation>
    </message>
    <message>
        <source>not an OncoTree tree: no TISSUE root</source>
        <translation>kein OncoTree-Baum: keine TISSUE-Wurzel</translation>
    </message>
    <message>
        <source>%1: earlier OncoTree code of %2</source>
        <translation>%1: früherer OncoTree-Code von %2</translation>
    </message>
    <message>
        <source>%1: parent %2 of %3 is not in the tree</source>
        <translation>%1: Elternknoten %2 von %3 ist nicht im Baum</translation>
    </message>
    <message>
        <source>OncoTree code %1 was revoked by %2; it resolves to their common ancestor %3</source>
        <translation>OncoTree-Code %1 wurde durch %2 zurückgezogen; er wird auf deren gemeinsamen Vorfahren %3 aufgelöst</translation>
    </message>
    <message>
        <source>%1: revoked OncoTree code, replaced by %2</source>
        <translation>%1: zurückgezogener OncoTree-Code, ersetzt durch %2</translation>
    </message>
    <message>
        <source>%1: revoked OncoTree code, split into %2</source>
        <translation>%1: zurückgezogener OncoTree-Code, aufgeteilt in %2</translation>
    </message>
    <message>
        <source>curated: %1</source>
        <translation>kuratiert: %1</translation>
    </message>
    <message>
        <source>phenOncoX map</source>
        <translation>phenOncoX-Zuordnung</translation>
    </message>
    <message>
        <source>NCIt join %1</source>
        <translation>NCIt-Verknüpfung %1</translation>
    </message>
    <message>
        <source>same name in the Disease Ontology</source>
        <translation>gleicher Name in der Disease Ontology</translation>
    </message>
    <message>
        <source>%1 (%2, %3, retired)</source>
        <translation>%1 (%2, %3, zurückgezogen)</translation>
    </message>
    <message>
        <source>parent %1</source>
        <translation>Elternknoten %1</translation>
    </message>
    <message>
        <source>replaced by %1</source>
        <translation>ersetzt durch %1</translation>
    </message>
    <message>
        <source>the evidence disease is not a Disease Ontology term</source>
        <translation>die Erkrankung der Evidenz ist kein Begriff der Disease Ontology</translation>
    </message>
    <message>
        <source>no DOID for this code or any code above it</source>
        <translation>keine DOID für diesen Code oder einen übergeordneten Code</translation>
    </message>
    <message>
        <source>%1 is pan-cancer evidence: it applies to every tumor type</source>
        <translation>%1 ist entitätsübergreifende Evidenz: sie gilt für jede Tumorentität</translation>
    </message>
    <message>
        <source>tissue %1: not a hematologic cancer, so &quot;Solid Tumor&quot; evidence applies</source>
        <translation>Gewebe %1: keine hämatologische Neoplasie, daher gilt Evidenz zu &quot;Solid Tumor&quot;</translation>
    </message>
    <message>
        <source>is_a %1</source>
        <translation>is_a %1</translation>
    </message>
    <message>
        <source>tissue %1</source>
        <translation>Gewebe %1</translation>
    </message>
    <message>
        <source>a hematologic cancer, so &quot;Solid Tumor&quot; evidence does not apply</source>
        <translation>eine hämatologische Neoplasie, daher gilt Evidenz zu &quot;Solid Tumor&quot; nicht</translation>
    </message>
    <message>
        <source>no is_a path to or from %1</source>
        <translation>kein is_a-Pfad zu oder von %1</translation>
    </message>
    <message>
        <source>has subtype %1</source>
        <translation>hat Subtyp %1</translation>
    </message>
    <message>
        <source>mapped code %1 is not an OncoTree code</source>
        <translation>zugeordneter Code %1 ist kein OncoTree-Code</translation>
    </message>
    <message>
        <source>no tumor type given</source>
        <translation>keine Tumorentität angegeben</translation>
    </message>
    <message>
        <source>%1: not an OncoTree code (%2 or %3)</source>
        <translation>%1: kein OncoTree-Code (%2 oder %3)</translation>
    </message>
    <message>
        <source>no DOID; disease name &quot;%1&quot;</source>
        <translation>keine DOID; Name der Erkrankung &quot;%1&quot;</translation>
    </message>
    <message>
        <source>DOID &quot;%1&quot;</source>
        <translation>DOID &quot;%1&quot;</translation>
    </message>
    <message>
        <source>evidence DOID found by the disease name &quot;%1&quot;</source>
        <translation>DOID der Evidenz über den Namen der Erkrankung &quot;%1&quot; gefunden</translation>
    </message>
    <message>
        <source>neither map has a row; the upper urinary tract is the ureter and the renal pelvis</source>
        <translation>keine der beiden Zuordnungstabellen hat eine Zeile; der obere Harntrakt umfasst Harnleiter und Nierenbecken</translation>
    </message>
    <message>
        <source>neither map has a row for urethral urothelial carcinoma</source>
        <translation>keine der beiden Zuordnungstabellen hat eine Zeile für das Urothelkarzinom der Urethra</translation>
    </message>
    <message>
        <source>%1 is a receptor-defined subtype of breast cancer: on-label when the tumor is %2</source>
        <translation>%1 ist ein rezeptordefinierter Subtyp des Mammakarzinoms: on-label, wenn der Tumor %2 ist</translation>
    </message>
    <message>
        <source>%1 is a subtype of %2, which %3 borrows from a code above it: it may be %3&apos;s own type or a sibling&apos;s, so it is on-label only when the alteration defines it</source>
        <translation>%1 ist ein Subtyp von %2, den %3 von einem übergeordneten Code übernimmt: er kann der eigene Typ von %3 oder der eines Geschwisterknotens sein, daher ist er nur on-label, wenn die Alteration ihn definiert</translation>
    </message>
    <message>
        <source>the DOID of OncoTree ancestor %1</source>
        <translation>die DOID des OncoTree-Vorfahren %1</translation>
    </message>
    <message>
        <source>the tumor is not %1</source>
        <translation>der Tumor ist nicht %1</translation>
    </message>
    <message>
        <source>on-label only for %1 tumors; the case does not give that status</source>
        <translation>on-label nur für %1-Tumoren; der Fall gibt diesen Status nicht an</translation>
    </message>
    <message>
        <source>the tumor is %1 (HER2 by its ERBB2 amplification)</source>
        <translation>der Tumor ist %1 (HER2 aufgrund seiner ERBB2-Amplifikation)</translation>
    </message>
    <message>
        <source>the tumor is %1</source>
        <translation>der Tumor ist %1</translation>
    </message>
</context>
<context>
    <name>onco::VafHistogram</name>
    <message>
        <source>No small variants with a tumor VAF in this case</source>
        <translation>Keine kleinen Varianten mit Tumor-VAF in diesem Fall</translation>
    </message>
    <message>
        <source>Tumor VAF of small variants (n = %1, bins of %2%)</source>
        <translation>Tumor-VAF kleiner Varianten (n = %1, Klassen zu %2 %)</translation>
    </message>
    <message>
        <source>VAFs outside 0-1, counted in the end bins: %1</source>
        <translation>VAFs außerhalb von 0-1, in den Randklassen gezählt: %1</translation>
    </message>
    <message>
        <source>%1: VAF %2</source>
        <translation>%1: VAF %2</translation>
    </message>
    <message>
        <source>Variants</source>
        <translation>Varianten</translation>
    </message>
    <message>
        <source>Tumor variant allele fraction</source>
        <translation>Variantenallelfrequenz im Tumor</translation>
    </message>
    <message>
        <source>VAF %1–%2: %3 variants</source>
        <translation>VAF %1–%2: %3 Varianten</translation>
    </message>
</context>
<context>
    <name>onco::VariantFilterBar</name>
    <message>
        <source>AMP tier</source>
        <translation>AMP-Tier</translation>
    </message>
    <message>
        <source>Tier I</source>
        <translation>Tier I</translation>
    </message>
    <message>
        <source>Tier II</source>
        <translation>Tier II</translation>
    </message>
    <message>
        <source>Tier III</source>
        <translation>Tier III</translation>
    </message>
    <message>
        <source>Not tiered</source>
        <translation>Ohne Tier</translation>
    </message>
    <message>
        <source>Consequence</source>
        <translation>Konsequenz</translation>
    </message>
    <message>
        <source>Missense</source>
        <translation>Missense</translation>
    </message>
    <message>
        <source>Truncating</source>
        <translation>Trunkierend</translation>
    </message>
    <message>
        <source>In-frame</source>
        <translation>In-Frame</translation>
    </message>
    <message>
        <source>Splice</source>
        <translation>Spleißstelle</translation>
    </message>
    <message>
        <source>Copy number</source>
        <translation>Kopienzahl</translation>
    </message>
    <message>
        <source>Fusion</source>
        <translation>Fusion</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstige</translation>
    </message>
    <message>
        <source>Only actionable</source>
        <translation>Nur therapeutisch relevante</translation>
    </message>
    <message>
        <source>Hide excluded</source>
        <translation>Ausgeschlossene ausblenden</translation>
    </message>
    <message>
        <source>Search gene, change, position...</source>
        <translation>Gen, Änderung, Position suchen...</translation>
    </message>
    <message>
        <source>Lowest tumor VAF shown</source>
        <translation>Niedrigste angezeigte Tumor-VAF</translation>
    </message>
    <message>
        <source>Highest tumor VAF shown</source>
        <translation>Höchste angezeigte Tumor-VAF</translation>
    </message>
    <message>
        <source>Genes: BRAF, KRAS ...</source>
        <translation>Gene: BRAF, KRAS ...</translation>
    </message>
    <message>
        <source>AMP Tier I or II only</source>
        <translation>Nur AMP Tier I oder II</translation>
    </message>
    <message>
        <source>Hide alterations reviewed as exclude or artefact</source>
        <translation>Als ausgeschlossen oder Artefakt bewertete Alterationen ausblenden</translation>
    </message>
    <message>
        <source>VAF</source>
        <translation>VAF</translation>
    </message>
    <message>
        <source>AMP tier (%1)</source>
        <translation>AMP-Tier (%1)</translation>
    </message>
    <message>
        <source>Consequence (%1)</source>
        <translation>Konsequenz (%1)</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Show every alteration again</source>
        <translation>Wieder alle Alterationen anzeigen</translation>
    </message>
    <message>
        <source>%L1 of %L2 shown</source>
        <translation>%L1 von %L2 angezeigt</translation>
    </message>
    <message>
        <source>%L1 shown</source>
        <translation>%L1 angezeigt</translation>
    </message>
</context>
<context>
    <name>onco::VariantRule</name>
    <message>
        <source>a &apos;rare&apos; exon mutation is defined by its rarity, which is not in the case data</source>
        <translation>eine &apos;seltene&apos; Exonmutation ist durch ihre Seltenheit definiert, die nicht in den Falldaten steht</translation>
    </message>
    <message>
        <source>expression is not measured by the case data</source>
        <translation>Expression wird in den Falldaten nicht gemessen</translation>
    </message>
    <message>
        <source>a deletion of several exons needs structural-variant or exon-level copy-number data</source>
        <translation>eine Deletion mehrerer Exons erfordert Daten zu Strukturvarianten oder Kopienzahlen auf Exonebene</translation>
    </message>
    <message>
        <source>no rule for &apos;%1&apos;</source>
        <translation>keine Regel für &apos;%1&apos;</translation>
    </message>
    <message>
        <source>protein or expression levels are not measured by the case data</source>
        <translation>Protein- oder Expressionsniveaus werden in den Falldaten nicht gemessen</translation>
    </message>
    <message>
        <source>methylation is not measured by the case data</source>
        <translation>Methylierung wird in den Falldaten nicht gemessen</translation>
    </message>
    <message>
        <source>the absence of a variant cannot be concluded from the variants found</source>
        <translation>das Fehlen einer Variante lässt sich aus den gefundenen Varianten nicht ableiten</translation>
    </message>
    <message>
        <source>protein-domain boundaries are not shipped with OncoBoard</source>
        <translation>Grenzen von Proteindomänen werden nicht mit OncoBoard ausgeliefert</translation>
    </message>
    <message>
        <source>dbSNP identifiers are not kept from the input; matched by coordinates when CIViC gives them</source>
        <translation>dbSNP-IDs werden aus der Eingabe nicht übernommen; Abgleich über Koordinaten, wenn CIViC sie angibt</translation>
    </message>
    <message>
        <source>loss of heterozygosity and biallelic inactivation are not derived from the case data</source>
        <translation>Heterozygotieverlust und biallelische Inaktivierung werden nicht aus den Falldaten abgeleitet</translation>
    </message>
    <message>
        <source>the fusion names no partner gene</source>
        <translation>die Fusion nennt kein Partnergen</translation>
    </message>
    <message>
        <source>the factor &apos;%1 %2&apos; is not measured by the case data</source>
        <translation>der Faktor &apos;%1 %2&apos; wird in den Falldaten nicht gemessen</translation>
    </message>
    <message>
        <source>no matching rule for the variant name &apos;%1&apos;</source>
        <translation>keine passende Regel für den Variantennamen &apos;%1&apos;</translation>
    </message>
    <message>
        <source>protein change %1</source>
        <translation>Proteinänderung %1</translation>
    </message>
    <message>
        <source>any change at codon %1</source>
        <translation>jede Änderung an Codon %1</translation>
    </message>
    <message>
        <source>a deletion within residues %1-%2</source>
        <translation>eine Deletion innerhalb der Aminosäuren %1-%2</translation>
    </message>
    <message>
        <source>any change within residues %1-%2</source>
        <translation>jede Änderung innerhalb der Aminosäuren %1-%2</translation>
    </message>
    <message>
        <source>an in-frame deletion in exon %1</source>
        <translation>eine In-Frame-Deletion in Exon %1</translation>
    </message>
    <message>
        <source>an in-frame insertion in exon %1</source>
        <translation>eine In-Frame-Insertion in Exon %1</translation>
    </message>
    <message>
        <source>a splice-site variant of exon %1 (exon skipping)</source>
        <translation>eine Spleißstellenvariante von Exon %1 (Exon-Skipping)</translation>
    </message>
    <message>
        <source>a frameshift in exon %1</source>
        <translation>eine Frameshift-Mutation in Exon %1</translation>
    </message>
    <message>
        <source>a protein-altering variant in exon %1</source>
        <translation>eine proteinverändernde Variante in Exon %1</translation>
    </message>
    <message>
        <source>any protein-altering variant of the gene</source>
        <translation>jede proteinverändernde Variante des Gens</translation>
    </message>
    <message>
        <source>an oncogenic variant of the gene (known oncogenic, or truncating in a tumor suppressor)</source>
        <translation>eine onkogene Variante des Gens (bekannt onkogen oder trunkierend in einem Tumorsuppressor)</translation>
    </message>
    <message>
        <source>an activating variant of the gene (known oncogenic in this release)</source>
        <translation>eine aktivierende Variante des Gens (in diesem Release als onkogen bekannt)</translation>
    </message>
    <message>
        <source>a loss-of-function variant of a tumor suppressor (truncating, or deep deletion)</source>
        <translation>eine Loss-of-Function-Variante eines Tumorsuppressors (trunkierend oder tiefe Deletion)</translation>
    </message>
    <message>
        <source>a truncating variant (nonsense, frameshift, canonical splice site, start loss)</source>
        <translation>eine trunkierende Variante (Nonsense, Frameshift, kanonische Spleißstelle, Start-Loss)</translation>
    </message>
    <message>
        <source>a frameshift variant</source>
        <translation>eine Frameshift-Variante</translation>
    </message>
    <message>
        <source>gene amplification</source>
        <translation>Genamplifikation</translation>
    </message>
    <message>
        <source>deep (homozygous) deletion of the gene</source>
        <translation>tiefe (homozygote) Deletion des Gens</translation>
    </message>
    <message>
        <source>amplification or deep deletion of the gene</source>
        <translation>Amplifikation oder tiefe Deletion des Gens</translation>
    </message>
    <message>
        <source>a promoter (upstream or 5&apos; UTR) variant of the gene</source>
        <translation>eine Promotorvariante (upstream oder 5&apos;-UTR) des Gens</translation>
    </message>
    <message>
        <source>an internal tandem duplication (in-frame insertion or duplication)</source>
        <translation>eine interne Tandemduplikation (In-Frame-Insertion oder -Duplikation)</translation>
    </message>
    <message>
        <source>any fusion involving %1</source>
        <translation>jede Fusion mit Beteiligung von %1</translation>
    </message>
    <message>
        <source>fusion %1::%2%3</source>
        <translation>Fusion %1::%2%3</translation>
    </message>
    <message>
        <source> (%1; exons not compared)</source>
        <translation> (%1; Exons nicht verglichen)</translation>
    </message>
    <message>
        <source>the named event %1</source>
        <translation>das benannte Ereignis %1</translation>
    </message>
</context>
<context>
    <name>onco::VariantTableModel</name>
    <message>
        <source>%1, line %2</source>
        <translation>%1, Zeile %2</translation>
    </message>
    <message>
        <source>Gene</source>
        <translation>Gen</translation>
    </message>
    <message>
        <source>Consequence</source>
        <translation>Konsequenz</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Tumor VAF</source>
        <translation>Tumor-VAF</translation>
    </message>
    <message>
        <source>Depth</source>
        <translation>Tiefe</translation>
    </message>
    <message>
        <source>Normal VAF</source>
        <translation>Normal-VAF</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidenz</translation>
    </message>
    <message>
        <source>Best level</source>
        <translation>Bestes Level</translation>
    </message>
    <message>
        <source>Named by the knowledge base variant this allele matched; the input file has no annotation.</source>
        <translation>Benannt nach der Variante der Wissensdatenbank, der dieses Allel zugeordnet wurde; die Eingabedatei hat keine Annotation.</translation>
    </message>
    <message>
        <source>AMP tier</source>
        <translation>AMP-Tier</translation>
    </message>
    <message>
        <source>ESCAT</source>
        <translation>ESCAT</translation>
    </message>
    <message>
        <source>OncoKB-style</source>
        <translation>OncoKB-artig</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Übereinstimmung</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>amplification</source>
        <translation>Amplifikation</translation>
    </message>
    <message>
        <source>gain</source>
        <translation>Zugewinn</translation>
    </message>
    <message>
        <source>shallow deletion</source>
        <translation>flache Deletion</translation>
    </message>
    <message>
        <source>deep deletion</source>
        <translation>tiefe Deletion</translation>
    </message>
    <message>
        <source>copy neutral</source>
        <translation>kopienneutral</translation>
    </message>
    <message>
        <source> (CN %1)</source>
        <translation> (CN %1)</translation>
    </message>
    <message>
        <source>%1 fusion</source>
        <translation>%1-Fusion</translation>
    </message>
    <message>
        <source>codon %1%2?</source>
        <translation>Codon %1%2?</translation>
    </message>
    <message>
        <source>Comment: %1</source>
        <translation>Kommentar: %1</translation>
    </message>
    <message>
        <source>Alteration</source>
        <translation>Alteration</translation>
    </message>
    <message>
        <source>Copy number</source>
        <translation>Kopienzahl</translation>
    </message>
    <message>
        <source>log2 ratio</source>
        <translation>log2-Ratio</translation>
    </message>
</context>
<context>
    <name>onco::VcfReader</name>
    <message>
        <source>contig not declared in the header</source>
        <translation>Contig nicht im Header deklariert</translation>
    </message>
    <message>
        <source>INFO/FORMAT tag not declared in the header</source>
        <translation>INFO/FORMAT-Tag nicht im Header deklariert</translation>
    </message>
    <message>
        <source>wrong number of columns</source>
        <translation>falsche Spaltenzahl</translation>
    </message>
    <message>
        <source>value out of range (position, length or count too large)</source>
        <translation>Wert außerhalb des gültigen Bereichs (Position, Länge oder Anzahl zu groß)</translation>
    </message>
    <message>
        <source>invalid character</source>
        <translation>ungültiges Zeichen</translation>
    </message>
    <message>
        <source>invalid contig name</source>
        <translation>ungültiger Contig-Name</translation>
    </message>
    <message>
        <source>invalid INFO/FORMAT tag or value</source>
        <translation>ungültiges INFO/FORMAT-Tag oder ungültiger Wert</translation>
    </message>
    <message>
        <source>malformed record</source>
        <translation>fehlerhafter Datensatz</translation>
    </message>
    <message>
        <source>file not found</source>
        <translation>Datei nicht gefunden</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>keine reguläre Datei</translation>
    </message>
    <message>
        <source>cannot open: %1</source>
        <translation>kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>not a VCF or BCF file (it looks like: %1)</source>
        <translation>keine VCF- oder BCF-Datei (sie sieht aus wie: %1)</translation>
    </message>
    <message>
        <source>the BCF header is broken or the file is truncated</source>
        <translation>der BCF-Header ist beschädigt oder die Datei ist abgeschnitten</translation>
    </message>
    <message>
        <source>the header says %1 (%2) but the case is %3; coordinates are read as %3</source>
        <translation>der Header gibt %1 (%2) an, der Fall ist aber %3; Koordinaten werden als %3 gelesen</translation>
    </message>
    <message>
        <source>not part of the VCF, ignored: &apos;%1&apos;</source>
        <translation>nicht Teil der VCF, ignoriert: &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the header has no #CHROM line before the first record</source>
        <translation>der Header hat vor dem ersten Datensatz keine #CHROM-Zeile</translation>
    </message>
    <message>
        <source>the #CHROM line must be tab-separated with at least 8 columns</source>
        <translation>die #CHROM-Zeile muss tabulatorgetrennt sein und mindestens 8 Spalten haben</translation>
    </message>
    <message>
        <source>column %1 of the #CHROM line is &apos;%2&apos;, expected &apos;%3&apos;</source>
        <translation>Spalte %1 der #CHROM-Zeile ist &apos;%2&apos;, erwartet &apos;%3&apos;</translation>
    </message>
    <message>
        <source>column 9 of the #CHROM line must be FORMAT</source>
        <translation>Spalte 9 der #CHROM-Zeile muss FORMAT sein</translation>
    </message>
    <message>
        <source>sample column %1 has an empty name</source>
        <translation>Probenspalte %1 hat einen leeren Namen</translation>
    </message>
    <message>
        <source>sample name &apos;%1&apos; appears twice</source>
        <translation>Probenname &apos;%1&apos; kommt zweimal vor</translation>
    </message>
    <message>
        <source>read error in the header (corrupt or truncated compressed data)</source>
        <translation>Lesefehler im Header (beschädigte oder abgeschnittene komprimierte Daten)</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <source>the header has no #CHROM line</source>
        <translation>der Header hat keine #CHROM-Zeile</translation>
    </message>
    <message>
        <source>malformed header line: %1</source>
        <translation>fehlerhafte Header-Zeile: %1</translation>
    </message>
    <message>
        <source>header line conflicts with an earlier one: %1</source>
        <translation>Header-Zeile widerspricht einer früheren: %1</translation>
    </message>
    <message>
        <source>the header could not be parsed</source>
        <translation>der Header konnte nicht geparst werden</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>tumor sample &apos;%1&apos; is not in the file (samples: %2)</source>
        <translation>Tumorprobe &apos;%1&apos; ist nicht in der Datei (Proben: %2)</translation>
    </message>
    <message>
        <source>normal sample &apos;%1&apos; is not in the file (samples: %2)</source>
        <translation>Normalprobe &apos;%1&apos; ist nicht in der Datei (Proben: %2)</translation>
    </message>
    <message>
        <source>the same sample &apos;%1&apos; was given as tumor and normal</source>
        <translation>dieselbe Probe &apos;%1&apos; wurde als Tumor und Normal angegeben</translation>
    </message>
    <message>
        <source>cannot tell which sample is the tumor (samples: %1); allele fractions are not read. Name it with --tumor-sample.</source>
        <translation>es ist nicht erkennbar, welche Probe der Tumor ist (Proben: %1); Allelfraktionen werden nicht gelesen. Benennen Sie sie mit --tumor-sample.</translation>
    </message>
    <message>
        <source>loading canceled</source>
        <translation>Laden abgebrochen</translation>
    </message>
    <message>
        <source>corrupt or truncated BCF record</source>
        <translation>beschädigter oder abgeschnittener BCF-Datensatz</translation>
    </message>
    <message>
        <source>read error: the data is corrupt or truncated</source>
        <translation>Lesefehler: die Daten sind beschädigt oder abgeschnitten</translation>
    </message>
    <message>
        <source>expected %1 tab-separated columns, found %2</source>
        <translation>%1 tabulatorgetrennte Spalten erwartet, %2 gefunden</translation>
    </message>
    <message>
        <source>column %1 is empty</source>
        <translation>Spalte %1 ist leer</translation>
    </message>
    <message>
        <source>POS &apos;%1&apos; is not a whole number</source>
        <translation>POS &apos;%1&apos; ist keine ganze Zahl</translation>
    </message>
    <message>
        <source>REF &apos;%1&apos; holds a character other than A, C, G, T, N</source>
        <translation>REF &apos;%1&apos; enthält ein anderes Zeichen als A, C, G, T, N</translation>
    </message>
    <message>
        <source>record could not be decoded</source>
        <translation>Datensatz konnte nicht dekodiert werden</translation>
    </message>
    <message numerus="yes">
        <source>the BGZF end-of-file block is missing: the file is truncated after this line (%n record(s) read); nothing of it is used (--allow-truncated reads what is there)</source>
        <translation>
            <numerusform>der BGZF-End-of-File-Block fehlt: die Datei ist nach dieser Zeile abgeschnitten (%n Datensatz gelesen); nichts davon wird verwendet (--allow-truncated liest, was vorhanden ist)</numerusform>
            <numerusform>der BGZF-End-of-File-Block fehlt: die Datei ist nach dieser Zeile abgeschnitten (%n Datensätze gelesen); nichts davon wird verwendet (--allow-truncated liest, was vorhanden ist)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the BGZF end-of-file block is missing: the file is truncated after this line; only the %n record(s) before it were read</source>
        <translation>
            <numerusform>der BGZF-End-of-File-Block fehlt: die Datei ist nach dieser Zeile abgeschnitten; nur der %n Datensatz davor wurde gelesen</numerusform>
            <numerusform>der BGZF-End-of-File-Block fehlt: die Datei ist nach dieser Zeile abgeschnitten; nur die %n Datensätze davor wurden gelesen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 read support of %2 not used: %3</source>
        <translation>Read-Daten (%1) von %2 nicht verwendet: %3</translation>
    </message>
</context>
<context>
    <name>onco::VcfValidator</name>
    <message>
        <source>%1 is not an Integer %2</source>
        <translation>%1 ist kein Integer, %2</translation>
    </message>
    <message>
        <source>%1 does not fit a 32-bit Integer</source>
        <translation>%1 passt nicht in einen 32-Bit-Integer</translation>
    </message>
    <message>
        <source>%1 uses a value from -2147483648 to -2147483641, which VCF reserves</source>
        <translation>%1 verwendet einen Wert von -2147483648 bis -2147483641, den VCF reserviert</translation>
    </message>
    <message>
        <source>%1 is negative</source>
        <translation>%1 ist negativ</translation>
    </message>
    <message>
        <source>%1 is not a Float %2</source>
        <translation>%1 ist kein Float, %2</translation>
    </message>
    <message>
        <source>%1 is not a single Character %2</source>
        <translation>%1 ist kein einzelnes Character-Zeichen, %2</translation>
    </message>
    <message>
        <source>%1 is not a CIGAR string</source>
        <translation>%1 ist kein CIGAR-String</translation>
    </message>
    <message>
        <source>%1: a Flag takes no value (%2)</source>
        <translation>%1: ein Flag hat keinen Wert (%2)</translation>
    </message>
    <message>
        <source>INFO field %1 has no value, but is a %2 %3</source>
        <translation>INFO-Feld %1 hat keinen Wert, ist aber vom Typ %2, %3</translation>
    </message>
    <message>
        <source>%1 is empty; write &apos;.&apos; for a missing value</source>
        <translation>%1 ist leer; schreiben Sie &apos;.&apos; für einen fehlenden Wert</translation>
    </message>
    <message>
        <source>%1 has %2 values, expected %3 (Number=%4 %5)</source>
        <translation>%1 hat %2 Werte, erwartet %3 (Number=%4, %5)</translation>
    </message>
    <message>
        <source>INFO field %1</source>
        <translation>INFO-Feld %1</translation>
    </message>
    <message>
        <source>FORMAT field %1 of sample %2</source>
        <translation>FORMAT-Feld %1 von Probe %2</translation>
    </message>
    <message>
        <source>as declared at line %1</source>
        <translation>wie in Zeile %1 deklariert</translation>
    </message>
    <message>
        <source>as the VCF specification reserves it</source>
        <translation>wie von der VCF-Spezifikation reserviert</translation>
    </message>
    <message>
        <source>FORMAT &apos;%1&apos; has an empty field name</source>
        <translation>FORMAT &apos;%1&apos; hat einen leeren Feldnamen</translation>
    </message>
    <message>
        <source>FORMAT key &apos;%1&apos; is not alphanumeric</source>
        <translation>FORMAT-Schlüssel &apos;%1&apos; ist nicht alphanumerisch</translation>
    </message>
    <message>
        <source>FORMAT key &apos;%1&apos; is not a valid key</source>
        <translation>FORMAT-Schlüssel &apos;%1&apos; ist kein gültiger Schlüssel</translation>
    </message>
    <message>
        <source>FORMAT lists %1 twice</source>
        <translation>FORMAT führt %1 doppelt auf</translation>
    </message>
    <message>
        <source>GT must be the first FORMAT field</source>
        <translation>GT muss das erste FORMAT-Feld sein</translation>
    </message>
    <message>
        <source>INFO has an empty entry (a &apos;;&apos; at the start or end, or doubled)</source>
        <translation>INFO hat einen leeren Eintrag (ein &apos;;&apos; am Anfang oder Ende oder doppelt)</translation>
    </message>
    <message>
        <source>INFO key &apos;%1&apos; is not a valid key</source>
        <translation>INFO-Schlüssel &apos;%1&apos; ist kein gültiger Schlüssel</translation>
    </message>
    <message>
        <source>INFO lists %1 twice</source>
        <translation>INFO führt %1 doppelt auf</translation>
    </message>
    <message>
        <source>FORMAT is empty; write &apos;.&apos; when there is no data</source>
        <translation>FORMAT ist leer; schreiben Sie &apos;.&apos;, wenn keine Daten vorliegen</translation>
    </message>
    <message>
        <source>sample %1 has an empty value; write &apos;.&apos; for missing data</source>
        <translation>Probe %1 hat einen leeren Wert; schreiben Sie &apos;.&apos; für fehlende Daten</translation>
    </message>
    <message>
        <source>sample %1 has more fields than FORMAT &apos;%2&apos;</source>
        <translation>Probe %1 hat mehr Felder als FORMAT &apos;%2&apos;</translation>
    </message>
    <message>
        <source>GT &apos;%1&apos; of sample %2 is not a valid genotype</source>
        <translation>GT &apos;%1&apos; von Probe %2 ist kein gültiger Genotyp</translation>
    </message>
    <message>
        <source>GT &apos;%1&apos; of sample %2 refers to allele %3, but the record has %4 ALT alleles</source>
        <translation>GT &apos;%1&apos; von Probe %2 verweist auf Allel %3, der Datensatz hat aber %4 ALT-Allele</translation>
    </message>
    <message>
        <source>expected %1 tab-separated columns, found %2 (the line ends with a tab)</source>
        <translation>%1 tabulatorgetrennte Spalten erwartet, %2 gefunden (die Zeile endet mit einem Tabulator)</translation>
    </message>
    <message>
        <source>expected %1 tab-separated columns, found %2</source>
        <translation>%1 tabulatorgetrennte Spalten erwartet, %2 gefunden</translation>
    </message>
    <message>
        <source>CHROM &apos;%1&apos; is not a valid contig name (no whitespace, commas, quotes or brackets)</source>
        <translation>CHROM &apos;%1&apos; ist kein gültiger Contig-Name (keine Leerzeichen, Kommas, Anführungszeichen oder Klammern)</translation>
    </message>
    <message>
        <source>CHROM &apos;%1&apos; is not a valid contig name (no whitespace, commas, colons or brackets)</source>
        <translation>CHROM &apos;%1&apos; ist kein gültiger Contig-Name (keine Leerzeichen, Kommas, Doppelpunkte oder Klammern)</translation>
    </message>
    <message>
        <source>POS &apos;%1&apos; is not a positive whole number</source>
        <translation>POS &apos;%1&apos; ist keine positive ganze Zahl</translation>
    </message>
    <message>
        <source>ID &apos;%1&apos; has an empty entry (a &apos;;&apos; at the start or end, or doubled)</source>
        <translation>ID &apos;%1&apos; hat einen leeren Eintrag (ein &apos;;&apos; am Anfang oder Ende oder doppelt)</translation>
    </message>
    <message>
        <source>ID &apos;%1&apos; contains whitespace</source>
        <translation>ID &apos;%1&apos; enthält Leerzeichen</translation>
    </message>
    <message>
        <source>ID &apos;%1&apos; lists %2 twice</source>
        <translation>ID &apos;%1&apos; führt %2 doppelt auf</translation>
    </message>
    <message>
        <source>REF is missing (&apos;.&apos;)</source>
        <translation>REF fehlt (&apos;.&apos;)</translation>
    </message>
    <message>
        <source>REF &apos;%1&apos; holds more than one allele</source>
        <translation>REF &apos;%1&apos; enthält mehr als ein Allel</translation>
    </message>
    <message>
        <source>REF &apos;%1&apos; holds a character other than A, C, G, T, N</source>
        <translation>REF &apos;%1&apos; enthält ein anderes Zeichen als A, C, G, T, N</translation>
    </message>
    <message>
        <source>ALT &apos;%1&apos; has an empty allele (a stray comma)</source>
        <translation>ALT &apos;%1&apos; hat ein leeres Allel (ein überzähliges Komma)</translation>
    </message>
    <message>
        <source>ALT &apos;%1&apos; mixes the missing value &apos;.&apos; with alleles</source>
        <translation>ALT &apos;%1&apos; mischt den fehlenden Wert &apos;.&apos; mit Allelen</translation>
    </message>
    <message>
        <source>ALT allele &apos;%1&apos; is not a valid symbolic allele &lt;ID&gt; (no whitespace, commas or angle brackets inside)</source>
        <translation>ALT-Allel &apos;%1&apos; ist kein gültiges symbolisches Allel &lt;ID&gt; (ohne Leerzeichen, Kommas oder spitze Klammern darin)</translation>
    </message>
    <message>
        <source>ALT allele &apos;%1&apos; is not a valid breakend (bases joined to [chr:pos[ or ]chr:pos], or bases with a &apos;.&apos;)</source>
        <translation>ALT-Allel &apos;%1&apos; ist kein gültiges Breakend (Basen verbunden mit [chr:pos[ oder ]chr:pos] oder Basen mit einem &apos;.&apos;)</translation>
    </message>
    <message>
        <source>ALT allele &apos;%1&apos; holds a character other than A, C, G, T, N</source>
        <translation>ALT-Allel &apos;%1&apos; enthält ein anderes Zeichen als A, C, G, T, N</translation>
    </message>
    <message>
        <source>QUAL &apos;%1&apos; is not a number</source>
        <translation>QUAL &apos;%1&apos; ist keine Zahl</translation>
    </message>
    <message>
        <source>QUAL %1 is negative</source>
        <translation>QUAL %1 ist negativ</translation>
    </message>
    <message>
        <source>FILTER &apos;%1&apos; %2</source>
        <translation>FILTER &apos;%1&apos; %2</translation>
    </message>
    <message>
        <source>has an empty entry (a &apos;;&apos; at the start or end, or doubled)</source>
        <translation>hat einen leeren Eintrag (ein &apos;;&apos; am Anfang oder Ende oder doppelt)</translation>
    </message>
    <message>
        <source>contains whitespace</source>
        <translation>enthält Leerzeichen</translation>
    </message>
    <message>
        <source>combines the missing value &apos;.&apos; with filters</source>
        <translation>kombiniert den fehlenden Wert &apos;.&apos; mit Filtern</translation>
    </message>
    <message>
        <source>uses 0, which is reserved</source>
        <translation>verwendet 0, das reserviert ist</translation>
    </message>
    <message>
        <source>lists %1 twice</source>
        <translation>führt %1 doppelt auf</translation>
    </message>
    <message>
        <source>records of chromosome %1 are not contiguous: it appeared before, up to line %2</source>
        <translation>Datensätze von Chromosom %1 sind nicht zusammenhängend: es kam bereits vorher vor, bis Zeile %2</translation>
    </message>
    <message>
        <source>POS %1 comes after POS %2 on %3: the records are not sorted</source>
        <translation>POS %1 folgt auf POS %2 auf %3: die Datensätze sind nicht sortiert</translation>
    </message>
    <message>
        <source>ALT lists the variant %1&gt;%2 twice</source>
        <translation>ALT führt die Variante %1&gt;%2 doppelt auf</translation>
    </message>
    <message>
        <source>the variant %1&gt;%2 at %3 duplicates the one at line %4</source>
        <translation>die Variante %1&gt;%2 an %3 dupliziert die in Zeile %4</translation>
    </message>
    <message>
        <source>empty field (two commas in a row, or a comma at the start)</source>
        <translation>leeres Feld (zwei Kommas hintereinander oder ein Komma am Anfang)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a key=value field (an unquoted comma, or a value that needs quotes?)</source>
        <translation>&apos;%1&apos; ist kein key=value-Feld (ein Komma ohne Anführungszeichen oder ein Wert, der Anführungszeichen benötigt?)</translation>
    </message>
    <message>
        <source>a field has no name before &apos;=&apos;</source>
        <translation>ein Feld hat keinen Namen vor &apos;=&apos;</translation>
    </message>
    <message>
        <source>field name &apos;%1&apos; contains whitespace</source>
        <translation>Feldname &apos;%1&apos; enthält Leerzeichen</translation>
    </message>
    <message>
        <source>the value of %1 has no closing double quote</source>
        <translation>der Wert von %1 hat kein schließendes doppeltes Anführungszeichen</translation>
    </message>
    <message>
        <source>the value of %1 holds an unescaped double quote (write \&quot;)</source>
        <translation>der Wert von %1 enthält ein nicht maskiertes doppeltes Anführungszeichen (schreiben Sie \&quot;)</translation>
    </message>
    <message>
        <source>the value of %1 has no closing &apos;]&apos;</source>
        <translation>der Wert von %1 hat kein schließendes &apos;]&apos;</translation>
    </message>
    <message>
        <source>the value of %1 has text after its closing &apos;]&apos;</source>
        <translation>der Wert von %1 hat Text nach seinem schließenden &apos;]&apos;</translation>
    </message>
    <message>
        <source>%1 has an empty value</source>
        <translation>%1 hat einen leeren Wert</translation>
    </message>
    <message>
        <source>the field list ends with a comma</source>
        <translation>die Feldliste endet mit einem Komma</translation>
    </message>
    <message>
        <source>meta-information line after the #CHROM header line</source>
        <translation>Metainformationszeile nach der #CHROM-Kopfzeile</translation>
    </message>
    <message>
        <source>meta-information line &apos;%1&apos; is not a ##key=value pair</source>
        <translation>Metainformationszeile &apos;%1&apos; ist kein ##key=value-Paar</translation>
    </message>
    <message>
        <source>meta-information key &apos;%1&apos; contains whitespace</source>
        <translation>Metainformationsschlüssel &apos;%1&apos; enthält Leerzeichen</translation>
    </message>
    <message>
        <source>##%1 has an empty value</source>
        <translation>##%1 hat einen leeren Wert</translation>
    </message>
    <message>
        <source>##fileformat must be the first line and appear only once</source>
        <translation>##fileformat muss die erste Zeile sein und darf nur einmal vorkommen</translation>
    </message>
    <message>
        <source>##fileformat=%1 is not a VCF version such as VCFv4.3</source>
        <translation>##fileformat=%1 ist keine VCF-Version wie VCFv4.3</translation>
    </message>
    <message>
        <source>VCF version %1 is not one this check knows (4.0 to 4.5)</source>
        <translation>VCF-Version %1 ist dieser Prüfung nicht bekannt (4.0 bis 4.5)</translation>
    </message>
    <message>
        <source>##%1 line does not end with &apos;&gt;&apos;</source>
        <translation>##%1-Zeile endet nicht mit &apos;&gt;&apos;</translation>
    </message>
    <message>
        <source>##%1=&lt;&gt; holds no fields</source>
        <translation>##%1=&lt;&gt; enthält keine Felder</translation>
    </message>
    <message>
        <source>##%1 is not a valid URL: %2</source>
        <translation>##%1 ist keine gültige URL: %2</translation>
    </message>
    <message>
        <source>##%1 line: %2</source>
        <translation>##%1-Zeile: %2</translation>
    </message>
    <message>
        <source>##%1 line: field %2 appears twice</source>
        <translation>##%1-Zeile: Feld %2 kommt doppelt vor</translation>
    </message>
    <message>
        <source>##%1 line: the value of %2 contains whitespace and must be in double quotes</source>
        <translation>##%1-Zeile: der Wert von %2 enthält Leerzeichen und muss in doppelten Anführungszeichen stehen</translation>
    </message>
    <message>
        <source>##%1 line: the Description must be in double quotes</source>
        <translation>##%1-Zeile: die Description muss in doppelten Anführungszeichen stehen</translation>
    </message>
    <message>
        <source>##%1 line: ID must be the first field</source>
        <translation>##%1-Zeile: ID muss das erste Feld sein</translation>
    </message>
    <message>
        <source>##%1 line has no ID</source>
        <translation>##%1-Zeile hat keine ID</translation>
    </message>
    <message>
        <source>##%1 line: fields must come in the order ID, Number, Type, Description</source>
        <translation>##%1-Zeile: die Felder müssen in der Reihenfolge ID, Number, Type, Description stehen</translation>
    </message>
    <message>
        <source>##%1 line: Number=R is not part of VCF 4.1</source>
        <translation>##%1-Zeile: Number=R ist nicht Teil von VCF 4.1</translation>
    </message>
    <message>
        <source>##%1 line: Number=%2 is not an integer, A, R, G or &apos;.&apos;</source>
        <translation>##%1-Zeile: Number=%2 ist weder eine ganze Zahl noch A, R, G oder &apos;.&apos;</translation>
    </message>
    <message>
        <source>##%1 line: Type=%2 is not Integer, Float, Flag, Character or String</source>
        <translation>##%1-Zeile: Type=%2 ist nicht Integer, Float, Flag, Character oder String</translation>
    </message>
    <message>
        <source>ALT ID &apos;%1&apos; must not contain whitespace or angle brackets</source>
        <translation>ALT-ID &apos;%1&apos; darf keine Leerzeichen oder spitzen Klammern enthalten</translation>
    </message>
    <message>
        <source>ALT ID &apos;%1&apos;: the type before any &apos;:&apos; must be DEL, INS, DUP, INV or CNV</source>
        <translation>ALT-ID &apos;%1&apos;: der Typ vor einem &apos;:&apos; muss DEL, INS, DUP, INV oder CNV sein</translation>
    </message>
    <message>
        <source>##META line: Values must be in square brackets</source>
        <translation>##META-Zeile: Values muss in eckigen Klammern stehen</translation>
    </message>
    <message>
        <source>contig ID &apos;%1&apos; is not a valid contig name</source>
        <translation>Contig-ID &apos;%1&apos; ist kein gültiger Contig-Name</translation>
    </message>
    <message>
        <source>contig URL %1 is not a valid URL</source>
        <translation>Contig-URL %1 ist keine gültige URL</translation>
    </message>
    <message>
        <source>SAMPLE ID &apos;%1&apos; is not a valid name</source>
        <translation>SAMPLE-ID &apos;%1&apos; ist kein gültiger Name</translation>
    </message>
    <message>
        <source>##SAMPLE line has Mixture but no Genomes</source>
        <translation>##SAMPLE-Zeile hat Mixture, aber keine Genomes</translation>
    </message>
    <message>
        <source>##SAMPLE line: %1 is a &apos;;&apos;-separated list and takes no quotes</source>
        <translation>##SAMPLE-Zeile: %1 ist eine durch &apos;;&apos; getrennte Liste und steht nicht in Anführungszeichen</translation>
    </message>
    <message>
        <source>##SAMPLE line: Genomes and Mixture list different numbers of values</source>
        <translation>##SAMPLE-Zeile: Genomes und Mixture enthalten unterschiedlich viele Werte</translation>
    </message>
    <message>
        <source>##PEDIGREE line: &apos;%1&apos; is not a valid sample or genome name</source>
        <translation>##PEDIGREE-Zeile: &apos;%1&apos; ist kein gültiger Proben- oder Genomname</translation>
    </message>
    <message>
        <source>##%1 ID %2 is declared twice (first at line %3)</source>
        <translation>##%1-ID %2 ist doppelt deklariert (zuerst in Zeile %3)</translation>
    </message>
    <message>
        <source>##%1 line lacks %2</source>
        <translation>in der ##%1-Zeile fehlt %2</translation>
    </message>
    <message>
        <source>%1 ID &apos;%2&apos; is not a valid key</source>
        <translation>%1-ID &apos;%2&apos; ist kein gültiger Schlüssel</translation>
    </message>
    <message>
        <source>FORMAT %1 cannot have Type=Flag</source>
        <translation>FORMAT %1 kann nicht Type=Flag haben</translation>
    </message>
    <message>
        <source>INFO %1 has Type=Flag, so its Number must be 0 (not %2)</source>
        <translation>INFO %1 hat Type=Flag, daher muss seine Number 0 sein (nicht %2)</translation>
    </message>
    <message>
        <source>%1 %2 is declared as Number=%3, Type=%4, but the VCF specification reserves it as Number=%5, Type=%6</source>
        <translation>%1 %2 ist als Number=%3, Type=%4 deklariert, die VCF-Spezifikation reserviert es aber als Number=%5, Type=%6</translation>
    </message>
    <message>
        <source>%1 %2 is declared twice (first at line %3)</source>
        <translation>%1 %2 ist doppelt deklariert (zuerst in Zeile %3)</translation>
    </message>
    <message>
        <source>a second #CHROM header line</source>
        <translation>eine zweite #CHROM-Kopfzeile</translation>
    </message>
    <message>
        <source>the header line must name 8 tab-separated columns #CHROM to INFO, found %1</source>
        <translation>die Kopfzeile muss 8 tabulatorgetrennte Spalten #CHROM bis INFO nennen, gefunden: %1</translation>
    </message>
    <message>
        <source>column %1 of the header line is &apos;%2&apos;, expected &apos;%3&apos;</source>
        <translation>Spalte %1 der Kopfzeile ist &apos;%2&apos;, erwartet &apos;%3&apos;</translation>
    </message>
    <message>
        <source>column 9 of the header line is &apos;%1&apos;, expected &apos;FORMAT&apos;</source>
        <translation>Spalte 9 der Kopfzeile ist &apos;%1&apos;, erwartet &apos;FORMAT&apos;</translation>
    </message>
    <message>
        <source>the header line has a FORMAT column but no sample columns</source>
        <translation>die Kopfzeile hat eine FORMAT-Spalte, aber keine Probenspalten</translation>
    </message>
    <message>
        <source>the header line ends with a tab</source>
        <translation>die Kopfzeile endet mit einem Tabulator</translation>
    </message>
    <message>
        <source>sample column %1 has an empty name</source>
        <translation>Probenspalte %1 hat einen leeren Namen</translation>
    </message>
    <message>
        <source>sample name %1 appears twice</source>
        <translation>Probenname %1 kommt doppelt vor</translation>
    </message>
    <message>
        <source>empty line</source>
        <translation>leere Zeile</translation>
    </message>
    <message>
        <source>data line before the #CHROM header line: &apos;%1&apos;</source>
        <translation>Datenzeile vor der #CHROM-Kopfzeile: &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <source>the #CHROM header line is missing</source>
        <translation>die #CHROM-Kopfzeile fehlt</translation>
    </message>
    <message>
        <source>the last line does not end with a newline (the file may be truncated)</source>
        <translation>die letzte Zeile endet nicht mit einem Zeilenumbruch (die Datei ist möglicherweise abgeschnitten)</translation>
    </message>
    <message>
        <source>the first line must be ##fileformat=VCFv4.x</source>
        <translation>die erste Zeile muss ##fileformat=VCFv4.x sein</translation>
    </message>
</context>
<context>
    <name>onco::WelcomePage</name>
    <message>
        <source>Welcome to OncoBoard %1</source>
        <translation>Willkommen bei OncoBoard %1</translation>
    </message>
    <message>
        <source>OncoBoard prepares a patient&apos;s tumor sequencing results for the molecular tumor board: every alteration is matched against the local knowledge base, tiered (AMP/ASCO/CAP, ESCAT, OncoKB-style levels) and explained. Patient data stays on this computer.</source>
        <translation>OncoBoard bereitet die Sequenzierergebnisse eines Tumors für die molekulare Tumorkonferenz vor: Jede Alteration wird mit der lokalen Wissensdatenbank abgeglichen, einem Tier zugeordnet (AMP/ASCO/CAP, ESCAT, Stufen nach Art von OncoKB) und erklärt. Patientendaten bleiben auf diesem Computer.</translation>
    </message>
    <message>
        <source>Open the demo case</source>
        <translation>Demo-Fall öffnen</translation>
    </message>
    <message>
        <source>A colon adenocarcinoma from public TCGA data (TCGA-A6-2686): somatic variants and copy number, with BRAF V600E and an ERBB2 amplification.</source>
        <translation>Ein Adenokarzinom des Kolons aus öffentlichen TCGA-Daten (TCGA-A6-2686): somatische Varianten und Kopienzahl, mit BRAF V600E und einer ERBB2-Amplifikation.</translation>
    </message>
    <message>
        <source>The demo case is not installed with this copy of OncoBoard.</source>
        <translation>Der Demo-Fall ist mit dieser Installation von OncoBoard nicht installiert.</translation>
    </message>
    <message>
        <source>Open files...</source>
        <translation>Dateien öffnen...</translation>
    </message>
    <message>
        <source>A case&apos;s variant files (VCF, BCF, MAF), copy number, fusions and clinical table; or drop them on this window.</source>
        <translation>Die Variantendateien eines Falls (VCF, BCF, MAF), Kopienzahl, Fusionen und klinische Tabelle; oder auf dieses Fenster ziehen.</translation>
    </message>
    <message>
        <source>Open a case database...</source>
        <translation>Falldatenbank öffnen...</translation>
    </message>
    <message>
        <source>The board&apos;s stored cases with their review, plan and sign-off (an SQLite file).</source>
        <translation>Die gespeicherten Fälle der Tumorkonferenz mit Befundung, Therapieplan und Freigabe (eine SQLite-Datei).</translation>
    </message>
    <message>
        <source>Connect to a case database server...</source>
        <translation>Mit einem Falldatenbank-Server verbinden...</translation>
    </message>
    <message>
        <source>The department&apos;s case store on PostgreSQL.</source>
        <translation>Die Falldatenbank der Abteilung auf PostgreSQL.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Your data&lt;/b&gt; is kept in %1: the knowledge base (%2) and the case database (%3). Settings: %4. Nothing is sent over the network.</source>
        <translation>&lt;b&gt;Ihre Daten&lt;/b&gt; liegen in %1: die Wissensdatenbank (%2) und die Falldatenbank (%3). Einstellungen: %4. Nichts wird über das Netzwerk gesendet.</translation>
    </message>
    <message>
        <source>This page is shown until a case has been opened. Help &gt; Welcome Page shows it again.</source>
        <translation>Diese Seite erscheint, bis ein Fall geöffnet wurde. Hilfe &gt; Willkommensseite zeigt sie wieder.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Knowledge base&lt;/b&gt;: %1 %2 (CC0 1.0, civicdb.org), with the tumor types of OncoTree (%3, CC BY 4.0, Memorial Sloan Kettering Cancer Center) and the Human Disease Ontology (CC0 1.0). Newer CIViC releases, the site&apos;s licensed OncoKB files and local evidence are imported under Knowledge base &gt; Releases and local evidence. Help &gt; About OncoBoard lists every source and its licence.</source>
        <translation>&lt;b&gt;Wissensdatenbank&lt;/b&gt;: %1 %2 (CC0 1.0, civicdb.org), mit den Tumorentitäten von OncoTree (%3, CC BY 4.0, Memorial Sloan Kettering Cancer Center) und der Human Disease Ontology (CC0 1.0). Neuere CIViC-Releases, die lizenzierten OncoKB-Dateien des Hauses und lokale Evidenz werden unter Wissensdatenbank &gt; Releases und lokale Evidenz importiert. Hilfe &gt; Über OncoBoard nennt jede Quelle und ihre Lizenz.</translation>
    </message>
</context>
<context>
    <name>onco::Zygosity</name>
    <message>
        <source>heterozygous</source>
        <translation>heterozygot</translation>
    </message>
    <message>
        <source>homozygous</source>
        <translation>homozygot</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>nicht vorhanden</translation>
    </message>
</context>
</TS>
