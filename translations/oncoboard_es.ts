<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>main</name>
    <message>
        <source>Molecular tumor board review</source>
        <translation>Revisión del comité de tumores molecular</translation>
    </message>
    <message>
        <source>OncoTree code of the tumor.</source>
        <translation>Código OncoTree del tumor.</translation>
    </message>
    <message>
        <source>Open this case of the case database given (its id).</source>
        <translation>Abrir este caso de la base de datos de casos indicada (su id).</translation>
    </message>
    <message>
        <source>The files of one case (VCF, BCF, MAF, copy number, fusions, clinical table), a folder, or a case database.</source>
        <translation>Los archivos de un caso (VCF, BCF, MAF, número de copias, fusiones, tabla clínica), una carpeta o una base de datos de casos.</translation>
    </message>
    <message>
        <source>--case takes a case id and one case database
</source>
        <translation>--case requiere un id de caso y una única base de datos de casos
</translation>
    </message>
    <message>
        <source>Language of the window for this run: de, en, es or fr.</source>
        <translation>Idioma de la ventana para esta ejecución: de, en, es o fr.</translation>
    </message>
</context>
<context>
    <name>onco::AnnotationJob</name>
    <message>
        <source>Reading: %L1 records</source>
        <translation>Leyendo: %L1 registros</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Leyendo</translation>
    </message>
    <message>
        <source>Opening the knowledge base</source>
        <translation>Abriendo la base de conocimiento</translation>
    </message>
    <message>
        <source>Matching evidence</source>
        <translation>Buscando evidencia coincidente</translation>
    </message>
    <message>
        <source>Sorting</source>
        <translation>Ordenando</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Listo</translation>
    </message>
    <message>
        <source>Reading the case</source>
        <translation>Leyendo el caso</translation>
    </message>
    <message>
        <source>Loading canceled</source>
        <translation>Carga cancelada</translation>
    </message>
</context>
<context>
    <name>onco::Annotator</name>
    <message>
        <source>an input states the case&apos;s TMB, which is used; this estimate is for comparison only</source>
        <translation>una entrada indica la TMB del caso, que es la que se utiliza; esta estimación es solo para comparación</translation>
    </message>
    <message>
        <source>the knowledge base holds no CIViC release</source>
        <translation>la base de conocimiento no contiene ninguna versión de CIViC</translation>
    </message>
    <message>
        <source>the knowledge base holds no %1 release</source>
        <translation>la base de conocimiento no contiene ninguna versión de %1</translation>
    </message>
    <message>
        <source>%1 %2 has not been imported</source>
        <translation>%1 %2 no se ha importado</translation>
    </message>
    <message>
        <source>unknown OncoTree code &apos;%1&apos;</source>
        <translation>código OncoTree desconocido &apos;%1&apos;</translation>
    </message>
    <message>
        <source>tumor type %1 is a retired OncoTree code: read as %2 (%3), which replaces it</source>
        <translation>el tipo tumoral %1 es un código OncoTree retirado: se interpreta como %2 (%3), que lo sustituye</translation>
    </message>
</context>
<context>
    <name>onco::ApprovalsImporter</name>
    <message>
        <source>no such file</source>
        <translation>el archivo no existe</translation>
    </message>
    <message>
        <source>not an approvals table: the header needs id, gene, alteration, oncotree_code, therapy, significance, agency and label_reference</source>
        <translation>no es una tabla de aprobaciones: el encabezado requiere id, gene, alteration, oncotree_code, therapy, significance, agency y label_reference</translation>
    </message>
    <message>
        <source>id &apos;%1&apos; is not APR-NNNN; row skipped</source>
        <translation>el id &apos;%1&apos; no tiene el formato APR-NNNN; fila omitida</translation>
    </message>
    <message>
        <source>a required field (id, gene, alteration, oncotree_code, therapy) is empty; row skipped</source>
        <translation>un campo obligatorio (id, gene, alteration, oncotree_code, therapy) está vacío; fila omitida</translation>
    </message>
    <message>
        <source>agency &apos;%1&apos; is neither FDA nor EMA; row skipped</source>
        <translation>la agencia &apos;%1&apos; no es FDA ni EMA; fila omitida</translation>
    </message>
    <message>
        <source>significance &apos;%1&apos; is neither Sensitivity/Response nor Resistance; row skipped</source>
        <translation>el significado &apos;%1&apos; no es Sensitivity/Response (sensibilidad) ni Resistance (resistencia); fila omitida</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an OncoTree %2 code; row skipped</source>
        <translation>&apos;%1&apos; no es un código %2 de OncoTree; fila omitida</translation>
    </message>
    <message>
        <source>%1 approval %2: %3 for %4 with %5 %6</source>
        <translation>aprobación %1 %2: %3 para %4 con %5 %6</translation>
    </message>
    <message>
        <source>(date not given)</source>
        <translation>(fecha no indicada)</translation>
    </message>
    <message>
        <source>setting: %1</source>
        <translation>contexto: %1</translation>
    </message>
    <message>
        <source>companion diagnostic: %1</source>
        <translation>diagnóstico complementario: %1</translation>
    </message>
    <message>
        <source>assay: %1</source>
        <translation>prueba: %1</translation>
    </message>
</context>
<context>
    <name>onco::CaseBrowser</name>
    <message>
        <source>final, amended</source>
        <translation>definitivo, enmendado</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>borrador</translation>
    </message>
    <message>
        <source>preliminary</source>
        <translation>preliminar</translation>
    </message>
    <message>
        <source>final</source>
        <translation>definitivo</translation>
    </message>
    <message>
        <source>Search patients and cases...</source>
        <translation>Buscar pacientes y casos...</translation>
    </message>
    <message>
        <source>Patient / case</source>
        <translation>Paciente / caso</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Tumor type</source>
        <translation>Tipo tumoral</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Revisado</translation>
    </message>
    <message>
        <source>Case %1, version %2</source>
        <translation>Caso %1, versión %2</translation>
    </message>
    <message>
        <source>%1
database id %2 (oncoboard-cli ... --case %2)
created on %3 by %4%5</source>
        <translation>%1
id en la base de datos %2 (oncoboard-cli ... --case %2)
creado el %3 por %4%5</translation>
    </message>
    <message>
        <source>
signed by %1 on %2</source>
        <translation>
firmado por %1 el %2</translation>
    </message>
</context>
<context>
    <name>onco::CaseBundle</name>
    <message>
        <source>&apos;%1&apos; is not a number</source>
        <translation>&apos;%1&apos; no es un número</translation>
    </message>
    <message>
        <source>%1 is not a whole number</source>
        <translation>%1 no es un número entero</translation>
    </message>
    <message>
        <source>a text was expected</source>
        <translation>se esperaba un texto</translation>
    </message>
    <message>
        <source>%1 VAF %2 is outside 0-1</source>
        <translation>la VAF (%1) %2 está fuera del intervalo 0-1</translation>
    </message>
    <message>
        <source>negative %1 read count</source>
        <translation>recuento de lecturas (%1) negativo</translation>
    </message>
    <message>
        <source>more %1 alternative reads (%2) than depth (%3)</source>
        <translation>más lecturas alternativas (%1: %2) que profundidad (%3)</translation>
    </message>
    <message>
        <source>table %1 of the bundle, %2</source>
        <translation>tabla %1 del paquete, %2</translation>
    </message>
    <message>
        <source>table %1 of the bundle</source>
        <translation>tabla %1 del paquete</translation>
    </message>
    <message>
        <source>unknown column &apos;%1&apos; in table %2 of the bundle</source>
        <translation>columna desconocida &apos;%1&apos; en la tabla %2 del paquete</translation>
    </message>
    <message>
        <source>%1, column %2: %3</source>
        <translation>%1, columna %2: %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>its signature does not match its statement</source>
        <translation>su firma no corresponde a su declaración</translation>
    </message>
    <message>
        <source>its statement names another key or account</source>
        <translation>su declaración nombra otra clave u otra cuenta</translation>
    </message>
    <message>
        <source>it signs another case</source>
        <translation>firma otro caso</translation>
    </message>
    <message>
        <source>the report content it carries is not what it signed</source>
        <translation>el contenido del informe que contiene no es el que se firmó</translation>
    </message>
    <message>
        <source>signature %1 of the bundle (%2 by %3) does not hold: %4; nothing was imported</source>
        <translation>la firma %1 del paquete (%2 por %3) no es válida: %4; no se importó nada</translation>
    </message>
    <message>
        <source>%1; nothing was written</source>
        <translation>%1; no se escribió nada</translation>
    </message>
    <message>
        <source>not an OncoBoard case bundle (%1)</source>
        <translation>no es un paquete de caso de OncoBoard (%1)</translation>
    </message>
    <message>
        <source>the bundle&apos;s checksum does not match its content</source>
        <translation>la suma de comprobación del paquete no corresponde a su contenido</translation>
    </message>
    <message>
        <source>the bundle&apos;s patient %1 is another person here (a local patient has the same pseudonym but %2): not imported, nothing merged; import it under another pseudonym or into another case database</source>
        <translation>el paciente %1 del paquete es otra persona aquí (un paciente local tiene el mismo seudónimo pero %2): no se importó ni se fusionó nada; impórtelo con otro seudónimo o en otra base de datos de casos</translation>
    </message>
    <message>
        <source>the bundle names no patient uid</source>
        <translation>el paquete no indica ningún uid de paciente</translation>
    </message>
    <message>
        <source>another patient uid</source>
        <translation>otro uid de paciente</translation>
    </message>
    <message>
        <source>the pseudonym %1 is taken here too; choose another</source>
        <translation>el seudónimo %1 también está ocupado aquí; elija otro</translation>
    </message>
    <message>
        <source>a review refers to alteration %1, which the bundle does not hold</source>
        <translation>una revisión hace referencia a la alteración %1, que el paquete no contiene</translation>
    </message>
    <message>
        <source>bundle %1 (sha256 %2), %3 audit entries at the source</source>
        <translation>paquete %1 (sha256 %2), %3 entradas de auditoría en el origen</translation>
    </message>
    <message>
        <source>; patient %1 of the bundle is %2 here (%1 is another patient here)</source>
        <translation>; el paciente %1 del paquete es %2 aquí (%1 es otro paciente aquí)</translation>
    </message>
</context>
<context>
    <name>onco::CaseLoader</name>
    <message>
        <source>file not found</source>
        <translation>archivo no encontrado</translation>
    </message>
    <message>
        <source>unsupported file (%1): OncoBoard reads VCF/BCF, MAF, copy-number, fusion and clinical tables</source>
        <translation>archivo no admitido (%1): OncoBoard lee VCF/BCF, MAF y tablas de número de copias, fusiones y datos clínicos</translation>
    </message>
    <message>
        <source>%L1 input files: at most %L2 in one run</source>
        <translation>%L1 archivos de entrada: como máximo %L2 por ejecución</translation>
    </message>
    <message>
        <source>no input files</source>
        <translation>no hay archivos de entrada</translation>
    </message>
    <message>
        <source>the folder holds no case files</source>
        <translation>la carpeta no contiene archivos de casos</translation>
    </message>
    <message>
        <source>given by the user</source>
        <translation>indicado por el usuario</translation>
    </message>
    <message>
        <source>not read: not a case file (%1)</source>
        <translation>no leído: no es un archivo de caso (%1)</translation>
    </message>
    <message>
        <source>cannot tell which sample is the tumor (samples: %1); in a cohort each VCF names its tumor in the header (##tumor_sample) or by its sample names</source>
        <translation>no se puede determinar qué muestra es la tumoral (muestras: %1); en una cohorte, cada VCF indica su muestra tumoral en el encabezado (##tumor_sample) o mediante los nombres de sus muestras</translation>
    </message>
    <message>
        <source>the reference genome is %1 (length of chromosome 1) but the inputs are %2 (%3)</source>
        <translation>el genoma de referencia es %1 (longitud del cromosoma 1), pero las entradas son %2 (%3)</translation>
    </message>
    <message>
        <source>the reference genome&apos;s chromosome 1 length</source>
        <translation>la longitud del cromosoma 1 del genoma de referencia</translation>
    </message>
    <message>
        <source>the reference genome&apos;s chromosome 1 is not that of GRCh37 or GRCh38: is it the build of the inputs?</source>
        <translation>el cromosoma 1 del genoma de referencia no corresponde a GRCh37 ni a GRCh38: ¿es el ensamblaje de las entradas?</translation>
    </message>
    <message>
        <source>sample &apos;%1&apos; is in none of the inputs</source>
        <translation>la muestra &apos;%1&apos; no figura en ninguna de las entradas</translation>
    </message>
</context>
<context>
    <name>onco::CaseMaintenance</name>
    <message>
        <source>the file exists; nothing was written (choose a new name)</source>
        <translation>el archivo ya existe; no se escribió nada (elija un nombre nuevo)</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>no se puede crear la carpeta %1</translation>
    </message>
    <message>
        <source>cannot write the file to the disk</source>
        <translation>no se puede escribir el archivo en el disco</translation>
    </message>
    <message>
        <source>the file appeared while it was being written; nothing was written</source>
        <translation>el archivo apareció mientras se escribía; no se escribió nada</translation>
    </message>
    <message>
        <source>cannot move the finished file into place</source>
        <translation>no se puede mover el archivo terminado a su ubicación</translation>
    </message>
    <message>
        <source>the database already holds a case store (schema %1); nothing was changed</source>
        <translation>la base de datos ya contiene un almacén de casos (esquema %1); no se cambió nada</translation>
    </message>
    <message>
        <source>no such case database</source>
        <translation>no existe esa base de datos de casos</translation>
    </message>
    <message>
        <source>damaged: %1</source>
        <translation>dañada: %1</translation>
    </message>
    <message>
        <source>table %1, row %2: refers to a missing row of %3</source>
        <translation>tabla %1, fila %2: hace referencia a una fila inexistente de %3</translation>
    </message>
    <message>
        <source>missing %1 (a guard or table of schema %2)</source>
        <translation>falta %1 (una protección o tabla del esquema %2)</translation>
    </message>
    <message>
        <source>a backup is a file (an SQLite case database); restore it into the server with db restore</source>
        <translation>una copia de seguridad es un archivo (una base de datos de casos SQLite); restáurela en el servidor con db restore</translation>
    </message>
    <message>
        <source>a backup is a file made by db backup, not a server database</source>
        <translation>una copia de seguridad es un archivo creado con db backup, no una base de datos de servidor</translation>
    </message>
    <message>
        <source>the backup does not pass its check, nothing was restored: %1</source>
        <translation>la copia de seguridad no supera su comprobación; no se restauró nada: %1</translation>
    </message>
    <message>
        <source>the database already holds a case store; a backup is restored only into an empty database (createdb), nothing was changed</source>
        <translation>la base de datos ya contiene un almacén de casos; una copia de seguridad solo se restaura en una base de datos vacía (createdb); no se cambió nada</translation>
    </message>
    <message>
        <source>cannot copy the backup (disk full?)</source>
        <translation>no se puede copiar la copia de seguridad (¿disco lleno?)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a role of the board (%2)</source>
        <translation>&apos;%1&apos; no es un rol del comité (%2)</translation>
    </message>
    <message>
        <source>privileges are a server&apos;s; an SQLite file is guarded by its triggers and the file&apos;s permissions</source>
        <translation>los privilegios son propios de un servidor; un archivo SQLite está protegido por sus triggers y por los permisos del archivo</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a plain role name (lower-case letters, digits, _)</source>
        <translation>&apos;%1&apos; no es un nombre de rol simple (letras minúsculas, dígitos, _)</translation>
    </message>
    <message>
        <source>the database holds no case store of schema %1 (db init, db migrate)</source>
        <translation>la base de datos no contiene ningún almacén de casos del esquema %1 (db init, db migrate)</translation>
    </message>
</context>
<context>
    <name>onco::CaseRecheck</name>
    <message>
        <source>case %1: %2 alterations re-annotated</source>
        <translation>caso %1: %2 alteraciones reanotadas</translation>
    </message>
    <message>
        <source>knowledge base then: %1</source>
        <translation>base de conocimiento entonces: %1</translation>
    </message>
    <message>
        <source>knowledge base now: %1</source>
        <translation>base de conocimiento ahora: %1</translation>
    </message>
    <message>
        <source>no change in evidence or tiers</source>
        <translation>sin cambios en la evidencia ni en los tiers</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s):</source>
        <translation>
            <numerusform>%n cambio:</numerusform>
            <numerusform>%n cambios:</numerusform>
        </translation>
    </message>
    <message>
        <source>new evidence</source>
        <translation>evidencia nueva</translation>
    </message>
    <message>
        <source>removed evidence</source>
        <translation>evidencia eliminada</translation>
    </message>
    <message>
        <source>AMP tier</source>
        <translation>tier AMP</translation>
    </message>
    <message>
        <source>ESCAT tier</source>
        <translation>tier ESCAT</translation>
    </message>
    <message>
        <source>OncoKB-style level</source>
        <translation>nivel estilo OncoKB</translation>
    </message>
</context>
<context>
    <name>onco::CaseSchema</name>
    <message>
        <source>not an OncoBoard case database (the SQLite file belongs to another application or is a knowledge base); it is left untouched</source>
        <translation>no es una base de datos de casos de OncoBoard (el archivo SQLite pertenece a otra aplicación o es una base de conocimiento); no se modifica</translation>
    </message>
    <message>
        <source>the case database was written by a newer OncoBoard (schema %1, this version reads up to %2)</source>
        <translation>la base de datos de casos fue escrita por una versión más reciente de OncoBoard (esquema %1; esta versión lee hasta el %2)</translation>
    </message>
    <message>
        <source>not an OncoBoard case database (the PostgreSQL database holds other tables); it is left untouched</source>
        <translation>no es una base de datos de casos de OncoBoard (la base de datos PostgreSQL contiene otras tablas); no se modifica</translation>
    </message>
    <message>
        <source>the case database has no schema version (damaged?)</source>
        <translation>la base de datos de casos no tiene versión de esquema (¿está dañada?)</translation>
    </message>
    <message>
        <source>not an OncoBoard case database (another application&apos;s schema); it is left untouched</source>
        <translation>no es una base de datos de casos de OncoBoard (esquema de otra aplicación); no se modifica</translation>
    </message>
    <message>
        <source>the case database has schema %1, which PostgreSQL case stores never had (they begin at %2)</source>
        <translation>la base de datos de casos tiene el esquema %1, que los almacenes de casos PostgreSQL nunca han tenido (empiezan en el %2)</translation>
    </message>
</context>
<context>
    <name>onco::CaseSignOff</name>
    <message>
        <source>the signed statement is not an OncoBoard signature statement</source>
        <translation>la declaración firmada no es una declaración de firma de OncoBoard</translation>
    </message>
    <message>
        <source>the signature does not match its statement: the statement or the signature was changed, or another key made it</source>
        <translation>la firma no corresponde a su declaración: se modificó la declaración o la firma, o la generó otra clave</translation>
    </message>
    <message>
        <source>the statement names key %1, but key %2 signed it</source>
        <translation>la declaración nombra la clave %1, pero la firmó la clave %2</translation>
    </message>
    <message>
        <source>the statement names account &apos;%1&apos;, but the key is registered to &apos;%2&apos;</source>
        <translation>la declaración nombra la cuenta &apos;%1&apos;, pero la clave está registrada a nombre de &apos;%2&apos;</translation>
    </message>
    <message>
        <source>key %1 of &apos;%2&apos; is not registered by an administrator, so its signature does not count (oncoboard-cli keys register)</source>
        <translation>la clave %1 de &apos;%2&apos; no está registrada por un administrador, por lo que su firma no cuenta (oncoboard-cli keys register)</translation>
    </message>
    <message>
        <source>key %1 of &apos;%2&apos; was revoked at %3, before this signature</source>
        <translation>la clave %1 de &apos;%2&apos; se revocó el %3, antes de esta firma</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>ausente</translation>
    </message>
    <message>
        <source>(%1 entries)</source>
        <translation>(%1 entradas)</translation>
    </message>
    <message>
        <source>%1 was %2, is now %3</source>
        <translation>%1 era %2, ahora es %3</translation>
    </message>
    <message>
        <source>signature%1: %2 by %3, account %4, at %5
</source>
        <translation>firma%1: %2 por %3, cuenta %4, el %5
</translation>
    </message>
    <message>
        <source>  key %1, report %2
</source>
        <translation>  clave %1, informe %2
</translation>
    </message>
    <message>
        <source>  verified
</source>
        <translation>  verificada
</translation>
    </message>
    <message>
        <source>%1: every signature verifies
</source>
        <translation>%1: todas las firmas se verifican
</translation>
    </message>
    <message>
        <source>%1: verification FAILED
</source>
        <translation>%1: la verificación HA FALLADO
</translation>
    </message>
    <message>
        <source>the report cannot be made from the stored case: %1</source>
        <translation>no se puede generar el informe a partir del caso almacenado: %1</translation>
    </message>
    <message>
        <source>the case was reopened as a draft after its last sign-off: nothing of what it is now is signed</source>
        <translation>el caso se reabrió como borrador después de su última firma: nada de su estado actual está firmado</translation>
    </message>
    <message>
        <source>the case is a draft and nothing of it is signed</source>
        <translation>el caso es un borrador y nada de él está firmado</translation>
    </message>
    <message>
        <source>the case is %1 but carries no signature: it was signed off without a signing key</source>
        <translation>el caso tiene el estado %1 pero no lleva ninguna firma: se firmó sin clave de firma</translation>
    </message>
    <message>
        <source>the statement names another case or state than the one it is stored with</source>
        <translation>la declaración nombra otro caso u otro estado distinto del que tiene almacenado</translation>
    </message>
    <message>
        <source>signed in another database and brought by %1; the stored case is checked against how it was imported, the report against what was signed</source>
        <translation>firmado en otra base de datos y traído por %1; el caso almacenado se comprueba contra cómo se importó, y el informe contra lo que se firmó</translation>
    </message>
    <message>
        <source>the content stored with the signature is not what was signed: it was changed in the database</source>
        <translation>el contenido almacenado con la firma no es el que se firmó: se modificó en la base de datos</translation>
    </message>
    <message>
        <source>the case is %1, but its newest signature signed it %2</source>
        <translation>el caso tiene el estado %1, pero su firma más reciente lo firmó como %2</translation>
    </message>
    <message numerus="yes">
        <source>the case was changed after it was signed %1 (%n change(s)):</source>
        <translation>
            <numerusform>el caso se modificó después de firmarse como %1 (%n cambio):</numerusform>
            <numerusform>el caso se modificó después de firmarse como %1 (%n cambios):</numerusform>
        </translation>
    </message>
    <message>
        <source>the stored case is as signed, but the report made from it now differs from the one signed (another OncoBoard version or knowledge-base content):</source>
        <translation>el caso almacenado está tal como se firmó, pero el informe generado a partir de él ahora difiere del firmado (otra versión de OncoBoard u otro contenido de la base de conocimiento):</translation>
    </message>
    <message numerus="yes">
        <source>the case changed after this %1 sign-off, as the workflow allows before the next one (%n change(s))</source>
        <translation>
            <numerusform>el caso cambió después de esta firma (%1), tal como permite el flujo de trabajo antes de la siguiente (%n cambio)</numerusform>
            <numerusform>el caso cambió después de esta firma (%1), tal como permite el flujo de trabajo antes de la siguiente (%n cambios)</numerusform>
        </translation>
    </message>
    <message>
        <source>not JSON: %1 at byte %2</source>
        <translation>no es JSON: %1 en el byte %2</translation>
    </message>
    <message>
        <source>not a case report (schema %1)</source>
        <translation>no es un informe de caso (esquema %1)</translation>
    </message>
    <message>
        <source>the report carries no signature</source>
        <translation>el informe no lleva ninguna firma</translation>
    </message>
    <message>
        <source>the statement signs another case (uid %1)</source>
        <translation>la declaración firma otro caso (uid %1)</translation>
    </message>
    <message>
        <source>key %1 is not known to the case database</source>
        <translation>la base de datos de casos no conoce la clave %1</translation>
    </message>
    <message>
        <source>the key is not checked against a registry (give --db with the case database that registers the signers&apos; keys)</source>
        <translation>la clave no se comprueba contra un registro (indique --db con la base de datos de casos que registra las claves de los firmantes)</translation>
    </message>
    <message>
        <source>the report&apos;s content is not what was signed (%1 signed, %2 now): the file was changed after it was made</source>
        <translation>el contenido del informe no es el que se firmó (%1 firmado, %2 ahora): el archivo se modificó después de generarse</translation>
    </message>
    <message>
        <source>the case changed after this %1 sign-off, as the workflow allows</source>
        <translation>el caso cambió después de esta firma (%1), tal como permite el flujo de trabajo</translation>
    </message>
    <message>
        <source>the report says the case is %1, but its newest signature signed it %2</source>
        <translation>el informe indica que el caso tiene el estado %1, pero su firma más reciente lo firmó como %2</translation>
    </message>
    <message>
        <source>the bundle&apos;s case is not what its newest signature signed; nothing was imported:
  %1</source>
        <translation>el caso del paquete no es el que firmó su firma más reciente; no se importó nada:
  %1</translation>
    </message>
    <message>
        <source>(the first %1 changes)</source>
        <translation>(los primeros %1 cambios)</translation>
    </message>
</context>
<context>
    <name>onco::CaseStore</name>
    <message>
        <source>not a PostgreSQL address; write postgresql://USER@HOST:PORT/DATABASE</source>
        <translation>no es una dirección de PostgreSQL; escriba postgresql://USER@HOST:PORT/DATABASE</translation>
    </message>
    <message>
        <source>a password is never taken from the address (it would stay in command lines, settings and logs); put it in ~/.pgpass or PGPASSWORD</source>
        <translation>nunca se toma una contraseña de la dirección (quedaría en líneas de comandos, configuraciones y registros); póngala en ~/.pgpass o en PGPASSWORD</translation>
    </message>
    <message>
        <source>unknown connection option &apos;%1&apos; (known: sslmode, sslrootcert, sslcert, sslkey, sslcrl, connect_timeout, target_session_attrs)</source>
        <translation>opción de conexión desconocida &apos;%1&apos; (conocidas: sslmode, sslrootcert, sslcert, sslkey, sslcrl, connect_timeout, target_session_attrs)</translation>
    </message>
    <message>
        <source>this installation has no PostgreSQL driver (Debian: install libqt6sql6-psql)</source>
        <translation>esta instalación no tiene controlador de PostgreSQL (Debian: instale libqt6sql6-psql)</translation>
    </message>
    <message>
        <source>cannot connect to the case database server: %1</source>
        <translation>no se puede conectar con el servidor de la base de datos de casos: %1</translation>
    </message>
    <message>
        <source>the identifiers are sealed with an unknown key derivation &apos;%1&apos;</source>
        <translation>los identificadores están sellados con una derivación de clave desconocida &apos;%1&apos;</translation>
    </message>
    <message>
        <source>this is not the passphrase the identifiers of this case database are sealed with</source>
        <translation>esta no es la frase de contraseña con la que están sellados los identificadores de esta base de datos de casos</translation>
    </message>
    <message>
        <source>identifiers are stored sealed: give the case database&apos;s passphrase first (ONCOBOARD_PASSPHRASE, or the window asks for it)</source>
        <translation>los identificadores se guardan sellados: indique primero la frase de contraseña de la base de datos de casos (ONCOBOARD_PASSPHRASE, o la ventana la solicita)</translation>
    </message>
    <message>
        <source>there is no patient &apos;%1&apos;</source>
        <translation>no existe el paciente &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the identifiers of %1 are sealed and this machine was given no key for them (ONCOBOARD_PASSPHRASE, or the window asks for the passphrase); the case shows its pseudonym only</source>
        <translation>los identificadores de %1 están sellados y este equipo no ha recibido ninguna clave para ellos (ONCOBOARD_PASSPHRASE, o la ventana solicita la frase de contraseña); el caso muestra solo su seudónimo</translation>
    </message>
    <message>
        <source>%1 at %2: %3</source>
        <translation>%1 en %2: %3</translation>
    </message>
    <message>
        <source>case %1 was changed by %2 since it was shown here; nothing was written: reload it and apply the change again</source>
        <translation>%2 modificó el caso %1 desde que se mostró aquí; no se escribió nada: vuelva a cargarlo y aplique el cambio de nuevo</translation>
    </message>
    <message>
        <source>entry %1 follows entry %2: entries are missing</source>
        <translation>la entrada %1 sigue a la entrada %2: faltan entradas</translation>
    </message>
    <message>
        <source>entry %1 does not link to the entry before it</source>
        <translation>la entrada %1 no está enlazada con la entrada anterior</translation>
    </message>
    <message>
        <source>entry %1 was changed after it was written</source>
        <translation>la entrada %1 se modificó después de escribirse</translation>
    </message>
    <message>
        <source>case %1 was changed after it was signed final: its content no longer matches the digest the audit trail recorded at sign-off (entry %2)</source>
        <translation>el caso %1 se modificó después de firmarse como definitivo: su contenido ya no corresponde al resumen criptográfico que el registro de auditoría guardó en la firma (entrada %2)</translation>
    </message>
    <message>
        <source>case %1 was changed after it was signed final: its content no longer matches the digest the audit trail recorded at sign-off (entry %2); no report is made of it (oncoboard-cli audit verify)</source>
        <translation>el caso %1 se modificó después de firmarse como definitivo: su contenido ya no corresponde al resumen criptográfico que el registro de auditoría guardó en la firma (entrada %2); no se genera ningún informe de él (oncoboard-cli audit verify)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date (YYYY-MM-DD)</source>
        <translation>&apos;%1&apos; no es una fecha (AAAA-MM-DD)</translation>
    </message>
    <message>
        <source>a participant&apos;s name cannot hold &apos;;&apos;: &apos;%1&apos;</source>
        <translation>el nombre de un participante no puede contener &apos;;&apos;: &apos;%1&apos;</translation>
    </message>
    <message>
        <source>case %1 is on the agenda of meeting %2 already</source>
        <translation>el caso %1 ya está en el orden del día de la sesión %2</translation>
    </message>
    <message>
        <source>meeting %1 on %2</source>
        <translation>sesión %1 del %2</translation>
    </message>
    <message>
        <source>case %1 is not on the agenda of meeting %2</source>
        <translation>el caso %1 no está en el orden del día de la sesión %2</translation>
    </message>
    <message>
        <source>position %1 is not on the agenda (1 to %2)</source>
        <translation>la posición %1 no está en el orden del día (1 a %2)</translation>
    </message>
    <message>
        <source>the conclusion is empty</source>
        <translation>la conclusión está vacía</translation>
    </message>
    <message>
        <source>meeting %1 on %2: %3</source>
        <translation>sesión %1 del %2: %3</translation>
    </message>
    <message>
        <source>there is no meeting %1</source>
        <translation>no existe la sesión %1</translation>
    </message>
    <message>
        <source>response %1</source>
        <translation>respuesta %1</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>desde %1</translation>
    </message>
    <message>
        <source>stopped %1</source>
        <translation>suspendido el %1</translation>
    </message>
    <message>
        <source>because: %1</source>
        <translation>motivo: %1</translation>
    </message>
    <message>
        <source>assessed %1</source>
        <translation>evaluado el %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of %2</source>
        <translation>&apos;%1&apos; no es uno de %2</translation>
    </message>
    <message>
        <source>response &apos;%1&apos; is not one of %2 (RECIST 1.1; NE: not evaluable)</source>
        <translation>la respuesta &apos;%1&apos; no es una de %2 (RECIST 1.1; NE: no evaluable)</translation>
    </message>
    <message>
        <source>a response is recorded for a treatment that was given</source>
        <translation>se registra una respuesta para un tratamiento que se administró</translation>
    </message>
    <message>
        <source>it stopped (%1) before it started (%2)</source>
        <translation>se suspendió (%1) antes de iniciarse (%2)</translation>
    </message>
    <message>
        <source>case %1 has no plan item %2</source>
        <translation>el caso %1 no tiene el elemento del plan %2</translation>
    </message>
    <message>
        <source>a plan item needs a title: the therapy, the trial or the diagnostic step</source>
        <translation>un elemento del plan necesita un título: el tratamiento, el ensayo o el paso diagnóstico</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a ClinicalTrials.gov id (NCT and 8 digits)</source>
        <translation>&apos;%1&apos; no es un id de ClinicalTrials.gov (NCT y 8 dígitos)</translation>
    </message>
    <message>
        <source>case %1 has no alteration &apos;%2&apos; (name it GENE:p.CHANGE or CHROM:POS:REF:ALT)</source>
        <translation>el caso %1 no tiene la alteración &apos;%2&apos; (indíquela como GENE:p.CHANGE o CHROM:POS:REF:ALT)</translation>
    </message>
    <message>
        <source>alteration %1 is not part of case %2</source>
        <translation>la alteración %1 no forma parte del caso %2</translation>
    </message>
    <message>
        <source>no earlier decision on this alteration in another case</source>
        <translation>no hay ninguna decisión anterior sobre esta alteración en otro caso</translation>
    </message>
    <message>
        <source>as decided in %1 by %2 on %3%4</source>
        <translation>según lo decidido en %1 por %2 el %3%4</translation>
    </message>
    <message>
        <source>alteration %1</source>
        <translation>alteración %1</translation>
    </message>
    <message>
        <source>decision %1 on %2</source>
        <translation>decisión %1 sobre %2</translation>
    </message>
    <message>
        <source>plan item %1 (%2)</source>
        <translation>elemento del plan %1 (%2)</translation>
    </message>
    <message>
        <source>the plan</source>
        <translation>el plan</translation>
    </message>
    <message>
        <source>the case record</source>
        <translation>el registro del caso</translation>
    </message>
    <message>
        <source>the patient</source>
        <translation>el paciente</translation>
    </message>
    <message>
        <source>input %1 (%2)</source>
        <translation>entrada %1 (%2)</translation>
    </message>
    <message>
        <source>knowledge-base release of %1</source>
        <translation>versión de la base de conocimiento de %1</translation>
    </message>
    <message>
        <source>copy-number segment %1</source>
        <translation>segmento de número de copias %1</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>vacío</translation>
    </message>
    <message>
        <source>%1 was removed</source>
        <translation>se eliminó %1</translation>
    </message>
    <message>
        <source>%1: %2 was %3, is now %4</source>
        <translation>%1: %2 era %3, ahora es %4</translation>
    </message>
    <message>
        <source>%1 was added</source>
        <translation>se añadió %1</translation>
    </message>
    <message>
        <source>this signing key belongs to account &apos;%1&apos;, not &apos;%2&apos;</source>
        <translation>esta clave de firma pertenece a la cuenta &apos;%1&apos;, no a &apos;%2&apos;</translation>
    </message>
    <message>
        <source>no signing key has the fingerprint &apos;%1&apos; (oncoboard-cli keys list)</source>
        <translation>ninguna clave de firma tiene la huella &apos;%1&apos; (oncoboard-cli keys list)</translation>
    </message>
    <message>
        <source>the key %1 of &apos;%2&apos; is already registered</source>
        <translation>la clave %1 de &apos;%2&apos; ya está registrada</translation>
    </message>
    <message>
        <source>the key %1 of &apos;%2&apos; is already revoked</source>
        <translation>la clave %1 de &apos;%2&apos; ya está revocada</translation>
    </message>
    <message>
        <source>to %1 give your role: %2 may</source>
        <translation>para %1, indique su rol: pueden hacerlo %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a role of the board (%2)</source>
        <translation>&apos;%1&apos; no es un rol del comité (%2)</translation>
    </message>
    <message>
        <source>the role %1 may not %2: %3 may</source>
        <translation>el rol %1 no puede %2: pueden hacerlo %3</translation>
    </message>
    <message>
        <source>account &apos;%1&apos; is no %2 in this case database (its roles: %3); an administrator gives roles (oncoboard-cli members set)</source>
        <translation>la cuenta &apos;%1&apos; no tiene el rol %2 en esta base de datos de casos (sus roles: %3); los roles los asigna un administrador (oncoboard-cli members set)</translation>
    </message>
    <message>
        <source>account &apos;%1&apos; is not a member of this case database; an administrator adds members (oncoboard-cli members set)</source>
        <translation>la cuenta &apos;%1&apos; no es miembro de esta base de datos de casos; los miembros los añade un administrador (oncoboard-cli members set)</translation>
    </message>
    <message>
        <source>a member needs an account</source>
        <translation>un miembro necesita una cuenta</translation>
    </message>
    <message>
        <source>the first member is the administrator who adds the others: give your own account (&apos;%1&apos;) the administrator role first</source>
        <translation>el primer miembro es el administrador que añade a los demás: asigne primero el rol de administrador a su propia cuenta (&apos;%1&apos;)</translation>
    </message>
    <message>
        <source>case %1, version %2</source>
        <translation>caso %1, versión %2</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>borrador</translation>
    </message>
    <message>
        <source>preliminary</source>
        <translation>preliminar</translation>
    </message>
    <message>
        <source>final</source>
        <translation>definitivo</translation>
    </message>
    <message>
        <source>included</source>
        <translation>incluida</translation>
    </message>
    <message>
        <source>excluded</source>
        <translation>excluida</translation>
    </message>
    <message>
        <source>VUS</source>
        <translation>VSI</translation>
    </message>
    <message>
        <source>artefact</source>
        <translation>artefacto</translation>
    </message>
    <message>
        <source>germline referral</source>
        <translation>derivación a consejo genético (germinal)</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>retirada</translation>
    </message>
    <message>
        <source>no such case database</source>
        <translation>no existe esa base de datos de casos</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>no se puede crear la carpeta %1</translation>
    </message>
    <message>
        <source>the case database has schema %1, this version reads %2 (open it writable to migrate it)</source>
        <translation>la base de datos de casos tiene el esquema %1; esta versión lee el %2 (ábrala con permiso de escritura para migrarla)</translation>
    </message>
    <message>
        <source>case %1 is final and locked (signed by %2 on %3): amend it to change it</source>
        <translation>el caso %1 es definitivo y está bloqueado (firmado por %2 el %3): enmiéndelo para modificarlo</translation>
    </message>
    <message>
        <source>there is no case %1</source>
        <translation>no existe el caso %1</translation>
    </message>
    <message>
        <source>VAF not given</source>
        <translation>VAF no indicada</translation>
    </message>
    <message>
        <source>%1 appeared %2 at %3</source>
        <translation>%1 apareció el %2 con una VAF del %3</translation>
    </message>
    <message>
        <source>%1 not found on %2 (%3 on %4)</source>
        <translation>%1 no detectada el %2 (%3 el %4)</translation>
    </message>
    <message>
        <source>patient &apos;%1&apos; has no case in this database</source>
        <translation>el paciente &apos;%1&apos; no tiene ningún caso en esta base de datos</translation>
    </message>
    <message>
        <source>case %1 cannot go from %2 to %3 (draft -&gt; preliminary -&gt; final)</source>
        <translation>el caso %1 no puede pasar de %2 a %3 (borrador -&gt; preliminar -&gt; definitivo)</translation>
    </message>
    <message>
        <source>signing a case final needs the signer&apos;s role</source>
        <translation>firmar un caso como definitivo requiere el rol del firmante</translation>
    </message>
    <message>
        <source>case %1 is %2: only a final case is amended; edit it directly</source>
        <translation>el caso %1 tiene el estado %2: solo se enmienda un caso definitivo; edítelo directamente</translation>
    </message>
    <message>
        <source>case %1 was already amended; amend its newest version</source>
        <translation>el caso %1 ya se enmendó; enmiende su versión más reciente</translation>
    </message>
    <message>
        <source>an amendment needs a reason</source>
        <translation>una enmienda necesita un motivo</translation>
    </message>
    <message>
        <source>the cryptography library could not start</source>
        <translation>no se pudo iniciar la biblioteca criptográfica</translation>
    </message>
    <message>
        <source>the passphrase is empty</source>
        <translation>la frase de contraseña está vacía</translation>
    </message>
    <message>
        <source>the stored key derivation parameters are damaged</source>
        <translation>los parámetros de derivación de clave almacenados están dañados</translation>
    </message>
    <message>
        <source>not enough memory to derive the key from the passphrase (%1 MiB)</source>
        <translation>no hay memoria suficiente para derivar la clave de la frase de contraseña (%1 MiB)</translation>
    </message>
    <message>
        <source>a key has 32 bytes, not %1</source>
        <translation>una clave tiene 32 bytes, no %1</translation>
    </message>
    <message>
        <source>a sealed identifier is damaged</source>
        <translation>un identificador sellado está dañado</translation>
    </message>
    <message>
        <source>a sealed identifier does not open with this key: it was changed, or moved from another patient or field</source>
        <translation>un identificador sellado no se abre con esta clave: se modificó o se movió desde otro paciente u otro campo</translation>
    </message>
    <message>
        <source>the case is final and locked: amend it to change it</source>
        <translation>el caso es definitivo y está bloqueado: enmiéndelo para modificarlo</translation>
    </message>
    <message>
        <source>the case database refuses this change (read-only session or missing privilege); nothing was saved (%1)</source>
        <translation>la base de datos de casos rechaza este cambio (sesión de solo lectura o falta de privilegios); no se guardó nada (%1)</translation>
    </message>
    <message>
        <source>the case database server is out of disk or memory; nothing was saved (%1)</source>
        <translation>el servidor de la base de datos de casos se ha quedado sin disco o sin memoria; no se guardó nada (%1)</translation>
    </message>
    <message>
        <source>the case database is busy with another writer; try again (%1)</source>
        <translation>la base de datos de casos está ocupada con otro proceso de escritura; inténtelo de nuevo (%1)</translation>
    </message>
    <message>
        <source>the connection to the case database server was lost; nothing was saved (%1)</source>
        <translation>se perdió la conexión con el servidor de la base de datos de casos; no se guardó nada (%1)</translation>
    </message>
    <message>
        <source>the case database is read-only; nothing was saved (%1)</source>
        <translation>la base de datos de casos es de solo lectura; no se guardó nada (%1)</translation>
    </message>
    <message>
        <source>the disk is full; nothing was saved (%1)</source>
        <translation>el disco está lleno; no se guardó nada (%1)</translation>
    </message>
</context>
<context>
    <name>onco::CivicImporter</name>
    <message>
        <source>folder not found</source>
        <translation>carpeta no encontrada</translation>
    </message>
    <message>
        <source>not a CIViC release: missing %1</source>
        <translation>no es una versión de CIViC: falta %1</translation>
    </message>
    <message>
        <source>cannot tell the release date: name it (--release YYYY-MM-DD)</source>
        <translation>no se puede determinar la fecha de la versión: indíquela (--release YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>missing columns: %1</source>
        <translation>faltan columnas: %1</translation>
    </message>
    <message>
        <source>the row has %1 of the header&apos;s %2 fields: the file is cut short or malformed, and nothing of this release is imported</source>
        <translation>la fila tiene %1 de los %2 campos del encabezado: el archivo está truncado o mal formado, y no se importa nada de esta versión</translation>
    </message>
    <message>
        <source>the last line has no line end, unlike the lines before it: the file is cut short (an interrupted download?), and nothing of this release is imported</source>
        <translation>la última línea no tiene fin de línea, a diferencia de las anteriores: el archivo está truncado (¿descarga interrumpida?), y no se importa nada de esta versión</translation>
    </message>
    <message>
        <source>import canceled</source>
        <translation>importación cancelada</translation>
    </message>
    <message>
        <source>the feature id is not a number</source>
        <translation>el id de la característica (feature) no es un número</translation>
    </message>
    <message>
        <source>molecular_profile_id is not a number</source>
        <translation>molecular_profile_id no es un número</translation>
    </message>
    <message>
        <source>variant_ids holds &apos;%1&apos;, not a number</source>
        <translation>variant_ids contiene &apos;%1&apos;, que no es un número</translation>
    </message>
    <message>
        <source>variant_id is not a number</source>
        <translation>variant_id no es un número</translation>
    </message>
    <message>
        <source>variant %1 refers to feature %2, which is not in the release</source>
        <translation>la variante %1 hace referencia a la característica (feature) %2, que no está en la versión</translation>
    </message>
    <message>
        <source>evidence_id is not a number</source>
        <translation>evidence_id no es un número</translation>
    </message>
    <message>
        <source>the evidence names no molecular profile</source>
        <translation>la evidencia no indica ningún perfil molecular</translation>
    </message>
    <message>
        <source>evidence %1 refers to molecular profile %2, which is not in the release</source>
        <translation>la evidencia %1 hace referencia al perfil molecular %2, que no está en la versión</translation>
    </message>
    <message>
        <source>evidence %1 has no level or type</source>
        <translation>la evidencia %1 no tiene nivel ni tipo</translation>
    </message>
    <message>
        <source>evidence %1 (%2) has no DOID; its disease is &apos;%3&apos;</source>
        <translation>la evidencia %1 (%2) no tiene DOID; su enfermedad es &apos;%3&apos;</translation>
    </message>
    <message>
        <source>assertion_id is not a number</source>
        <translation>assertion_id no es un número</translation>
    </message>
    <message>
        <source>assertion %1 has no molecular_profile_id</source>
        <translation>la aserción %1 no tiene molecular_profile_id</translation>
    </message>
    <message>
        <source>assertion AID%1 refers to molecular profile %2, which this release does not contain; assertion skipped</source>
        <translation>la aserción AID%1 hace referencia al perfil molecular %2, que esta versión no contiene; aserción omitida</translation>
    </message>
    <message>
        <source>evidence_item_ids holds &apos;%1&apos;, not a number</source>
        <translation>evidence_item_ids contiene &apos;%1&apos;, que no es un número</translation>
    </message>
    <message>
        <source>assertion %1 cites evidence %2, which is not in the accepted set</source>
        <translation>la aserción %1 cita la evidencia %2, que no está en el conjunto aceptado</translation>
    </message>
    <message>
        <source>variant_group_id is not a number</source>
        <translation>variant_group_id no es un número</translation>
    </message>
    <message>
        <source>the release holds no evidence item: nothing is imported</source>
        <translation>la versión no contiene ningún elemento de evidencia: no se importa nada</translation>
    </message>
</context>
<context>
    <name>onco::ClinicalReader</name>
    <message>
        <source>a sample table needs a SAMPLE_ID column</source>
        <translation>una tabla de muestras necesita una columna SAMPLE_ID</translation>
    </message>
    <message>
        <source>biomarker &apos;%1&apos; is not known</source>
        <translation>biomarcador &apos;%1&apos; desconocido</translation>
    </message>
    <message>
        <source>CANCER_TYPE_DETAILED &apos;%1&apos; is no OncoTree tumor type: its samples have no tumor type from this table</source>
        <translation>CANCER_TYPE_DETAILED &apos;%1&apos; no es un tipo tumoral de OncoTree: sus muestras no reciben tipo tumoral de esta tabla</translation>
    </message>
    <message>
        <source>the table gives tumor type %1 for sample %2; the case uses %3</source>
        <translation>la tabla indica el tipo tumoral %1 para la muestra %2; el caso usa %3</translation>
    </message>
    <message numerus="yes">
        <source>none of its %n rows is about this case&apos;s samples</source>
        <translation>
            <numerusform>su %n fila no se refiere a las muestras de este caso</numerusform>
            <numerusform>ninguna de sus %n filas se refiere a las muestras de este caso</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>onco::CnaCall</name>
    <message>
        <source>deep deletion</source>
        <translation>deleción profunda</translation>
    </message>
    <message>
        <source>shallow deletion</source>
        <translation>deleción superficial</translation>
    </message>
    <message>
        <source>neutral</source>
        <translation>neutro</translation>
    </message>
    <message>
        <source>gain</source>
        <translation>ganancia</translation>
    </message>
    <message>
        <source>amplification</source>
        <translation>amplificación</translation>
    </message>
</context>
<context>
    <name>onco::CohortLoader</name>
    <message>
        <source>a cohort takes every sample of its inputs: no tumor or normal sample is chosen</source>
        <translation>una cohorte toma todas las muestras de sus entradas: no se elige ninguna muestra tumoral ni normal</translation>
    </message>
    <message>
        <source>tumor type &apos;%1&apos; of sample %2 is not an OncoTree code: the sample is annotated without a tumor type</source>
        <translation>el tipo tumoral &apos;%1&apos; de la muestra %2 no es un código OncoTree: la muestra se anota sin tipo tumoral</translation>
    </message>
    <message>
        <source>the cohort&apos;s inputs skipped %1 rows and gave %2 warnings on rows; they are listed in the cohort run&apos;s messages, not per sample</source>
        <translation>las entradas de la cohorte omitieron %1 filas y generaron %2 advertencias sobre filas; figuran en los mensajes de la ejecución de la cohorte, no por muestra</translation>
    </message>
    <message numerus="yes">
        <source>%n alterations belong to no tumor sample of the cohort</source>
        <translation>
            <numerusform>%n alteración no pertenece a ninguna muestra tumoral de la cohorte</numerusform>
            <numerusform>%n alteraciones no pertenecen a ninguna muestra tumoral de la cohorte</numerusform>
        </translation>
    </message>
    <message>
        <source>more than %L1 alterations in one run: split the cohort</source>
        <translation>más de %L1 alteraciones en una ejecución: divida la cohorte</translation>
    </message>
</context>
<context>
    <name>onco::CopyNumberProfile</name>
    <message>
        <source>No copy-number data in this case</source>
        <translation>No hay datos de número de copias en este caso</translation>
    </message>
    <message>
        <source>Copy-number profile (log2 ratio)</source>
        <translation>Perfil de número de copias (cociente log2)</translation>
    </message>
    <message>
        <source>Copy-number profile (total copy number)</source>
        <translation>Perfil de número de copias (número de copias total)</translation>
    </message>
    <message>
        <source>segments: %1</source>
        <translation>segmentos: %1</translation>
    </message>
    <message>
        <source>gene-level calls: %1</source>
        <translation>llamadas a nivel de gen: %1</translation>
    </message>
    <message>
        <source>no segments: gene-level calls only</source>
        <translation>sin segmentos: solo llamadas a nivel de gen</translation>
    </message>
    <message>
        <source>genome build unknown: GRCh38 chromosome sizes</source>
        <translation>ensamblaje del genoma desconocido: tamaños de cromosoma de GRCh38</translation>
    </message>
    <message>
        <source>some segments converted between log2 ratio and copy number, taking 2 copies as normal</source>
        <translation>algunos segmentos se convirtieron entre cociente log2 y número de copias, tomando 2 copias como normal</translation>
    </message>
    <message>
        <source>segments on other contigs or without a value, not shown: %1</source>
        <translation>segmentos en otros contigs o sin valor, no mostrados: %1</translation>
    </message>
    <message>
        <source>segments beyond the axis, drawn at its edge: %1</source>
        <translation>segmentos fuera del eje, dibujados en su borde: %1</translation>
    </message>
    <message>
        <source>calls on genes of unknown position, not marked: %1</source>
        <translation>llamadas en genes de posición desconocida, no marcadas: %1</translation>
    </message>
    <message>
        <source>Chromosome</source>
        <translation>Cromosoma</translation>
    </message>
    <message>
        <source>log2 ratio</source>
        <translation>cociente log2</translation>
    </message>
    <message>
        <source>Total copy number</source>
        <translation>Número de copias total</translation>
    </message>
</context>
<context>
    <name>onco::CopyNumberReader</name>
    <message>
        <source>loading canceled</source>
        <translation>carga cancelada</translation>
    </message>
    <message>
        <source>the genome build is unknown, so segments are not mapped to genes; give it with --genome</source>
        <translation>el ensamblaje del genoma es desconocido, por lo que los segmentos no se asignan a genes; indíquelo con --genome</translation>
    </message>
    <message>
        <source>the gene is not named</source>
        <translation>no se indica el gen</translation>
    </message>
    <message>
        <source>Entrez gene %1 is not a known protein-coding gene</source>
        <translation>el gen Entrez %1 no es un gen codificante de proteínas conocido</translation>
    </message>
    <message>
        <source>%1 and Entrez gene %2 (%3) name different genes; %1 is used</source>
        <translation>%1 y el gen Entrez %2 (%3) designan genes distintos; se utiliza %1</translation>
    </message>
    <message>
        <source>a copy-number matrix needs a Hugo_Symbol or Entrez_Gene_Id column</source>
        <translation>una matriz de número de copias requiere una columna Hugo_Symbol o Entrez_Gene_Id</translation>
    </message>
    <message>
        <source>the matrix has no sample columns</source>
        <translation>la matriz no tiene columnas de muestras</translation>
    </message>
    <message>
        <source>gene %1 appears again with other values (first at line %2); both rows are kept</source>
        <translation>el gen %1 aparece de nuevo con otros valores (primero en la línea %2); se conservan ambas filas</translation>
    </message>
    <message>
        <source>expected %1 columns, found %2</source>
        <translation>se esperaban %1 columnas, se encontraron %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; for %2 in sample %3 is not a copy-number value; ignored</source>
        <translation>&apos;%1&apos; para %2 en la muestra %3 no es un valor de número de copias; se ignora</translation>
    </message>
    <message>
        <source>a copy-number list needs sample and value columns</source>
        <translation>una lista de número de copias requiere columnas de muestra y de valor</translation>
    </message>
    <message>
        <source>the copy-number value is empty</source>
        <translation>el valor de número de copias está vacío</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a copy-number call (-2..2)</source>
        <translation>&apos;%1&apos; no es una llamada de número de copias (-2..2)</translation>
    </message>
    <message>
        <source>gene %1 of sample %2 appears again with another value (first at line %3); both rows are kept</source>
        <translation>el gen %1 de la muestra %2 aparece de nuevo con otro valor (primero en la línea %3); se conservan ambas filas</translation>
    </message>
    <message>
        <source>a segment file needs chromosome, start, end and %1 columns</source>
        <translation>un archivo de segmentos requiere columnas de cromosoma, inicio, fin y %1</translation>
    </message>
    <message>
        <source>segment %1:%2-%3 has no valid position</source>
        <translation>el segmento %1:%2-%3 no tiene una posición válida</translation>
    </message>
    <message>
        <source>segment %1:%2-%3 ends beyond chromosome %1 of %4 (%5 bp): another genome build?</source>
        <translation>el segmento %1:%2-%3 termina más allá del cromosoma %1 de %4 (%5 pb): ¿otro ensamblaje del genoma?</translation>
    </message>
    <message>
        <source>major/minor copy numbers are not numbers</source>
        <translation>los números de copias mayor/menor no son números</translation>
    </message>
    <message>
        <source>segment mean &apos;%1&apos; is not a number</source>
        <translation>la media del segmento &apos;%1&apos; no es un número</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is neither an amplification nor a deletion peak</source>
        <translation>&apos;%1&apos; no es un pico de amplificación ni de deleción</translation>
    </message>
    <message>
        <source>wide peak limits &apos;%1&apos; are not chr:start-end</source>
        <translation>los límites del pico amplio &apos;%1&apos; no tienen el formato chr:start-end</translation>
    </message>
    <message numerus="yes">
        <source>%n gene symbols are not protein-coding genes of MANE v1.0 (aliases or non-coding genes?): </source>
        <translation>
            <numerusform>%n símbolo génico no es un gen codificante de proteínas de MANE v1.0 (¿alias o gen no codificante?): </numerusform>
            <numerusform>%n símbolos génicos no son genes codificantes de proteínas de MANE v1.0 (¿alias o genes no codificantes?): </numerusform>
        </translation>
    </message>
    <message>
        <source>not a copy-number format</source>
        <translation>no es un formato de número de copias</translation>
    </message>
</context>
<context>
    <name>onco::DateField</name>
    <message>
        <source>not set</source>
        <translation>sin definir</translation>
    </message>
    <message>
        <source>Pick from the calendar or type the date; Delete with the date selected leaves it not set</source>
        <translation>Elija en el calendario o escriba la fecha; Supr con la fecha seleccionada la deja sin definir</translation>
    </message>
</context>
<context>
    <name>onco::DiplotypeCaller</name>
    <message>
        <source>no diplotype</source>
        <translation>sin diplotipo</translation>
    </message>
    <message>
        <source>no phenotype in the table</source>
        <translation>sin fenotipo en la tabla</translation>
    </message>
    <message>
        <source> (activity score %1)</source>
        <translation> (puntuación de actividad %1)</translation>
    </message>
    <message>
        <source>%1/%2 (not in the phenotype table)</source>
        <translation>%1/%2 (no figura en la tabla de fenotipos)</translation>
    </message>
    <message>
        <source>Diplotype: the observed alleles placed on two chromosomes so that each is a PharmCAT named allele; the input gives no phase.</source>
        <translation>Diplotipo: los alelos observados se sitúan en dos cromosomas de modo que cada uno sea un alelo con nombre de PharmCAT; la entrada no indica la fase.</translation>
    </message>
    <message>
        <source>The PharmCAT phenotype table (data %1) has no phenotype for %2.</source>
        <translation>La tabla de fenotipos de PharmCAT (datos %1) no tiene fenotipo para %2.</translation>
    </message>
    <message>
        <source>Phase unknown: the heterozygous variants are taken to lie on different chromosomes (in trans), the more cautious reading; in cis the result would be %1.</source>
        <translation>Fase desconocida: se asume que las variantes heterocigotas están en cromosomas distintos (en trans), la interpretación más prudente; en cis el resultado sería %1.</translation>
    </message>
    <message>
        <source>%1 is not a DPYD allele on its own (PharmCAT defines it only as part of %2); it is not counted.</source>
        <translation>%1 no es un alelo de DPYD por sí solo (PharmCAT solo lo define como parte de %2); no se cuenta.</translation>
    </message>
    <message>
        <source>Diplotype: no pair of named alleles explains every observed variant, so, as CPIC advises for unphased DPYD genotypes, the two alleles of lowest activity (%1, %2) are taken to lie on different chromosomes.</source>
        <translation>Diplotipo: ningún par de alelos con nombre explica todas las variantes observadas, por lo que, como recomienda CPIC para genotipos de DPYD sin fase, se asume que los dos alelos de menor actividad (%1, %2) están en cromosomas distintos.</translation>
    </message>
    <message>
        <source>More than two DPYD variant alleles were observed; only the two of lowest activity count for the activity score.</source>
        <translation>Se observaron más de dos alelos variantes de DPYD; solo los dos de menor actividad cuentan para la puntuación de actividad.</translation>
    </message>
    <message>
        <source>The observed variants do not form PharmCAT named alleles of %1 on two chromosomes; no diplotype or phenotype is derived.</source>
        <translation>Las variantes observadas no forman alelos con nombre de PharmCAT de %1 en dos cromosomas; no se deriva ningún diplotipo ni fenotipo.</translation>
    </message>
    <message>
        <source>Phase unknown: the genotype fits %1 (%2) as well; the more cautious %3 is reported.</source>
        <translation>Fase desconocida: el genotipo también es compatible con %1 (%2); se informa el más prudente, %3.</translation>
    </message>
    <message>
        <source>Phase unknown: the genotype also fits %1 (%2); %3 is reported because its named alleles explain the variants with more defined positions (PharmCAT&apos;s rule). Confirm the phase if it matters for dosing.</source>
        <translation>Fase desconocida: el genotipo también es compatible con %1 (%2); se informa %3 porque sus alelos con nombre explican las variantes con más posiciones definidas (regla de PharmCAT). Confirme la fase si es relevante para la dosificación.</translation>
    </message>
</context>
<context>
    <name>onco::EffectPredictor</name>
    <message>
        <source>the change spans an end of the transcript</source>
        <translation>el cambio abarca un extremo del transcrito</translation>
    </message>
    <message>
        <source>the change spans the start or the end of the coding sequence</source>
        <translation>el cambio abarca el inicio o el final de la secuencia codificante</translation>
    </message>
    <message>
        <source>no protein sequence of %1 is bundled</source>
        <translation>no se incluye ninguna secuencia proteica de %1</translation>
    </message>
    <message>
        <source>the bundled protein of %1 does not fit this transcript model</source>
        <translation>la proteína incluida de %1 no se ajusta a este modelo de transcrito</translation>
    </message>
    <message>
        <source>frameshift from codon %1: the first changed residue and the new reading frame need the reference sequence</source>
        <translation>desplazamiento del marco de lectura desde el codón %1: el primer residuo cambiado y el nuevo marco de lectura requieren la secuencia de referencia</translation>
    </message>
    <message>
        <source>an in-frame deletion within codons: the residues it leaves need the reference sequence</source>
        <translation>una deleción en marco dentro de codones: los residuos que deja requieren la secuencia de referencia</translation>
    </message>
    <message>
        <source>an insertion that brings a stop codon after codon %1</source>
        <translation>una inserción que introduce un codón de parada después del codón %1</translation>
    </message>
    <message>
        <source>an in-frame insertion within a codon: the residues it gives need the reference sequence</source>
        <translation>una inserción en marco dentro de un codón: los residuos resultantes requieren la secuencia de referencia</translation>
    </message>
    <message>
        <source>: a missense change at codon %1 (no codon with these bases gives a synonymous or stop codon); the residues need the reference sequence</source>
        <translation>: un cambio de sentido erróneo en el codón %1 (ningún codón con estas bases da un codón sinónimo o de parada); los residuos requieren la secuencia de referencia</translation>
    </message>
    <message>
        <source>: codon %1 changes (missense or stop; never synonymous), which needs the reference codon</source>
        <translation>: el codón %1 cambia (sentido erróneo o parada; nunca sinónimo), lo que requiere el codón de referencia</translation>
    </message>
    <message>
        <source>: codon %1 may change or stay synonymous, which needs the reference codon</source>
        <translation>: el codón %1 puede cambiar o seguir siendo sinónimo, lo que requiere el codón de referencia</translation>
    </message>
    <message>
        <source>the reference base cannot encode %1%2 of %3: another genome build or transcript?</source>
        <translation>la base de referencia no puede codificar %1%2 de %3: ¿otro ensamblaje del genoma u otro transcrito?</translation>
    </message>
    <message>
        <source>a stop codon lost: the extension needs the reference sequence</source>
        <translation>pérdida de un codón de parada: la extensión requiere la secuencia de referencia</translation>
    </message>
    <message>
        <source>%1 (synonymous)</source>
        <translation>%1 (sinónimo)</translation>
    </message>
    <message>
        <source>%1%2 becomes one of %3: which one needs the reference codon</source>
        <translation>%1%2 pasa a ser uno de %3: saber cuál requiere el codón de referencia</translation>
    </message>
    <message>
        <source>a change across codons %1-%2: the residues it gives need the reference sequence</source>
        <translation>un cambio que abarca los codones %1-%2: los residuos resultantes requieren la secuencia de referencia</translation>
    </message>
    <message>
        <source>refGene gene extent</source>
        <translation>extensión del gen en refGene</translation>
    </message>
    <message>
        <source>within the extent of %1&apos;s refGene isoforms but outside its modelled transcript: the effect on the other isoforms is not predicted</source>
        <translation>dentro de la extensión de las isoformas refGene de %1 pero fuera de su transcrito modelado: no se predice el efecto sobre las demás isoformas</translation>
    </message>
    <message>
        <source>in the non-coding gene %1 (refGene): whether in an exon or an intron is not modelled</source>
        <translation>en el gen no codificante %1 (refGene): no se modela si está en un exón o en un intrón</translation>
    </message>
    <message numerus="yes">
        <source>%n small variant(s) carry no functional annotation and the genome build is not known: gene, consequence and protein change cannot be predicted (give the build: --genome GRCh37 or GRCh38)</source>
        <translation>
            <numerusform>%n variante pequeña no tiene anotación funcional y no se conoce el ensamblaje del genoma: no se pueden predecir el gen, la consecuencia ni el cambio proteico (indique el ensamblaje: --genome GRCh37 o GRCh38)</numerusform>
            <numerusform>%n variantes pequeñas no tienen anotación funcional y no se conoce el ensamblaje del genoma: no se pueden predecir el gen, la consecuencia ni el cambio proteico (indique el ensamblaje: --genome GRCh37 o GRCh38)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1:%2 is not in the reference genome %3</source>
        <translation>%1:%2 no está en el genoma de referencia %3</translation>
    </message>
    <message>
        <source>REF %1 at %2:%3 differs from the reference genome&apos;s %4: another genome build or reference? The protein change is not stated</source>
        <translation>REF %1 en %2:%3 difiere de la del genoma de referencia (%4): ¿otro ensamblaje del genoma u otra referencia? No se indica el cambio proteico</translation>
    </message>
    <message>
        <source>OncoBoard (%1): %2</source>
        <translation>OncoBoard (%1): %2</translation>
    </message>
    <message>
        <source>OncoBoard (%1 %2 model, reference genome): %3</source>
        <translation>OncoBoard (modelo %1 %2, genoma de referencia): %3</translation>
    </message>
    <message>
        <source>OncoBoard (%1 %2 model): %3</source>
        <translation>OncoBoard (modelo %1 %2): %3</translation>
    </message>
    <message>
        <source>%L1 variant(s) whose REF differs from the reference genome %2 and %L3 outside it: is it the build the variants were called on?</source>
        <translation>%L1 variante(s) cuyo REF difiere del genoma de referencia %2 y %L3 fuera de él: ¿es el ensamblaje con el que se llamaron las variantes?</translation>
    </message>
    <message numerus="yes">
        <source>none: the inputs carry no functional annotation and the genome build is not known, so gene, consequence and protein change of %n small variant(s) cannot be predicted</source>
        <translation>
            <numerusform>ninguna: las entradas no tienen anotación funcional y no se conoce el ensamblaje del genoma, por lo que no se pueden predecir el gen, la consecuencia ni el cambio proteico de %n variante pequeña</numerusform>
            <numerusform>ninguna: las entradas no tienen anotación funcional y no se conoce el ensamblaje del genoma, por lo que no se pueden predecir el gen, la consecuencia ni el cambio proteico de %n variantes pequeñas</numerusform>
        </translation>
    </message>
    <message>
        <source>%L1 from the input</source>
        <translation>%L1 de la entrada</translation>
    </message>
    <message>
        <source>%L1 predicted by OncoBoard from MANE Select transcript models and translated with the reference genome %2</source>
        <translation>%L1 predichas por OncoBoard a partir de modelos de transcrito MANE Select y traducidas con el genoma de referencia %2</translation>
    </message>
    <message>
        <source>%L1 predicted by OncoBoard from MANE Select transcript models, without the reference genome (a protein change only where the data determine it)</source>
        <translation>%L1 predichas por OncoBoard a partir de modelos de transcrito MANE Select, sin el genoma de referencia (cambio proteico solo cuando los datos lo determinan)</translation>
    </message>
    <message>
        <source>%L1 not annotated (intergenic or no model)</source>
        <translation>%L1 sin anotar (intergénicas o sin modelo)</translation>
    </message>
    <message>
        <source>the reference coding sequence of %1 does not translate to one protein ending in a stop codon: the protein change is not stated</source>
        <translation>la secuencia codificante de referencia de %1 no se traduce en una única proteína que termine en un codón de parada: no se indica el cambio proteico</translation>
    </message>
    <message>
        <source>the changed transcript has no stop codon: the protein change is not stated</source>
        <translation>el transcrito modificado no tiene codón de parada: no se indica el cambio proteico</translation>
    </message>
</context>
<context>
    <name>onco::EvidencePanel</name>
    <message>
        <source>&amp;Accept</source>
        <translation>&amp;Aceptar</translation>
    </message>
    <message>
        <source>Take over this decision for the current case</source>
        <translation>Adoptar esta decisión para el caso actual</translation>
    </message>
    <message>
        <source>&lt;b&gt;Evidence&lt;/b&gt;&lt;br&gt;Select an alteration to see its evidence.</source>
        <translation>&lt;b&gt;Evidencia&lt;/b&gt;&lt;br&gt;Seleccione una alteración para ver su evidencia.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 evidence items &amp;middot; AMP &lt;b&gt;%3&lt;/b&gt;%4 &amp;middot; ESCAT %5 &amp;middot; OncoKB-style %6%7</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 elementos de evidencia &amp;middot; AMP &lt;b&gt;%3&lt;/b&gt;%4 &amp;middot; ESCAT %5 &amp;middot; estilo OncoKB %6%7</translation>
    </message>
    <message>
        <source>&lt;p&gt;No knowledge-base evidence matched this alteration.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Ninguna evidencia de la base de conocimiento coincide con esta alteración.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Therapies:&lt;/b&gt; %1%2&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Tratamientos:&lt;/b&gt; %1%2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Citation:&lt;/b&gt; %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Cita:&lt;/b&gt; %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Trials:&lt;/b&gt; %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Ensayos:&lt;/b&gt; %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Why it matched&lt;/b&gt; (%1): %2&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Motivo de la coincidencia&lt;/b&gt; (%1): %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Tumor type:&lt;/b&gt; %1 &amp;middot; %2&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Tipo tumoral:&lt;/b&gt; %1 &amp;middot; %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Source:&lt;/b&gt; %1 %2 &amp;middot; &lt;a href=&apos;%3&apos;&gt;open in %1&lt;/a&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Fuente:&lt;/b&gt; %1 %2 &amp;middot; &lt;a href=&apos;%3&apos;&gt;abrir en %1&lt;/a&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;%1 &amp;middot; %2 &amp;middot; level %3&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;%1 &amp;middot; %2 &amp;middot; nivel %3&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;color:gray&apos;&gt;Statement of %1, in English:&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:gray&apos;&gt;Declaración de %1, en inglés original:&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>onco::EvidenceTableModel</name>
    <message>
        <source>same</source>
        <translation>igual</translation>
    </message>
    <message>
        <source>broader</source>
        <translation>más amplio</translation>
    </message>
    <message>
        <source>narrower</source>
        <translation>más específico</translation>
    </message>
    <message>
        <source>off-label</source>
        <translation>fuera de indicación</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidencia</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Significance</source>
        <translation>Significado</translation>
    </message>
    <message>
        <source>Therapies</source>
        <translation>Tratamientos</translation>
    </message>
    <message>
        <source>Disease</source>
        <translation>Enfermedad</translation>
    </message>
    <message>
        <source>Tumor type</source>
        <translation>Tipo tumoral</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Coincidencia</translation>
    </message>
</context>
<context>
    <name>onco::ExonIndex</name>
    <message>
        <source>an exon table needs gene, transcript, exon, exons, first_codon and last_codon</source>
        <translation>una tabla de exones necesita gene, transcript, exon, exons, first_codon y last_codon</translation>
    </message>
    <message>
        <source>exon or codon numbers are not valid</source>
        <translation>los números de exón o de codón no son válidos</translation>
    </message>
</context>
<context>
    <name>onco::FhirReport</name>
    <message>
        <source>Superseded by version %1 of case %2 of %3: withdrawn in favour of it, which is the report to act on.%4</source>
        <translation>Sustituido por la versión %1 del caso %2 del %3: retirado en favor de esta, que es el informe sobre el que se debe actuar.%4</translation>
    </message>
</context>
<context>
    <name>onco::FusionReader</name>
    <message>
        <source>&apos;%1&apos; does not name two genes</source>
        <translation>&apos;%1&apos; no indica dos genes</translation>
    </message>
    <message>
        <source>no gene is named</source>
        <translation>no se indica ningún gen</translation>
    </message>
    <message>
        <source>read support not used: %1</source>
        <translation>soporte de lecturas no utilizado: %1</translation>
    </message>
    <message>
        <source>the same event as line %1 with other values; both rows are kept</source>
        <translation>el mismo evento que la línea %1 con otros valores; se conservan ambas filas</translation>
    </message>
</context>
<context>
    <name>onco::GeneTable</name>
    <message>
        <source>not a MANE summary file: columns missing</source>
        <translation>no es un archivo de resumen MANE: faltan columnas</translation>
    </message>
    <message>
        <source>malformed gene row</source>
        <translation>fila de gen mal formada</translation>
    </message>
</context>
<context>
    <name>onco::IgvLink</name>
    <message>
        <source>IGV shows %1</source>
        <translation>IGV muestra %1</translation>
    </message>
    <message>
        <source>IGV answered: %1</source>
        <translation>IGV respondió: %1</translation>
    </message>
    <message>
        <source>IGV does not answer on port %1: start IGV and enable its batch port (View &gt; Preferences &gt; Advanced &gt; Enable port)</source>
        <translation>IGV no responde en el puerto %1: inicie IGV y active su puerto de comandos por lotes (View &gt; Preferences &gt; Advanced &gt; Enable port)</translation>
    </message>
    <message>
        <source>IGV did not answer within 3 seconds on port %1</source>
        <translation>IGV no respondió en 3 segundos en el puerto %1</translation>
    </message>
</context>
<context>
    <name>onco::InputFormat</name>
    <message>
        <source>copy-number matrix</source>
        <translation>matriz de número de copias</translation>
    </message>
    <message>
        <source>copy-number list</source>
        <translation>lista de número de copias</translation>
    </message>
    <message>
        <source>copy-number segments</source>
        <translation>segmentos de número de copias</translation>
    </message>
    <message>
        <source>allele-specific copy number</source>
        <translation>número de copias específico de alelo</translation>
    </message>
    <message>
        <source>GISTIC lesions</source>
        <translation>lesiones GISTIC</translation>
    </message>
    <message>
        <source>structural variants</source>
        <translation>variantes estructurales</translation>
    </message>
    <message>
        <source>fusions</source>
        <translation>fusiones</translation>
    </message>
    <message>
        <source>clinical data</source>
        <translation>datos clínicos</translation>
    </message>
    <message>
        <source>biomarkers</source>
        <translation>biomarcadores</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>VCF/BCF header</source>
        <translation>cabecera VCF/BCF</translation>
    </message>
    <message>
        <source>not a tab-separated table</source>
        <translation>no es una tabla separada por tabuladores</translation>
    </message>
    <message>
        <source>GISTIC peak columns</source>
        <translation>columnas de picos de GISTIC</translation>
    </message>
    <message>
        <source>Site1/Site2 columns</source>
        <translation>columnas Site1/Site2</translation>
    </message>
    <message>
        <source>fusion columns</source>
        <translation>columnas de fusión</translation>
    </message>
    <message>
        <source>major/minor copy-number columns</source>
        <translation>columnas de número de copias mayor/menor</translation>
    </message>
    <message>
        <source>segment mean column</source>
        <translation>columna de media del segmento</translation>
    </message>
    <message>
        <source>one copy-number call per row</source>
        <translation>una llamada de número de copias por fila</translation>
    </message>
    <message>
        <source>ALTERATION column</source>
        <translation>columna ALTERATION</translation>
    </message>
    <message>
        <source>MAF columns</source>
        <translation>columnas MAF</translation>
    </message>
    <message>
        <source>gene rows with sample columns</source>
        <translation>filas de genes con columnas de muestras</translation>
    </message>
    <message>
        <source>sample table</source>
        <translation>tabla de muestras</translation>
    </message>
    <message>
        <source>no known columns</source>
        <translation>ninguna columna conocida</translation>
    </message>
</context>
<context>
    <name>onco::InputIssuesDialog</name>
    <message>
        <source>Input issues</source>
        <translation>Incidencias de la entrada</translation>
    </message>
    <message>
        <source>1 record was skipped</source>
        <translation>Se omitió 1 registro</translation>
    </message>
    <message>
        <source>%L1 records were skipped</source>
        <translation>Se omitieron %L1 registros</translation>
    </message>
    <message>
        <source>1 warning was raised</source>
        <translation>Se generó 1 advertencia</translation>
    </message>
    <message>
        <source>%L1 warnings were raised</source>
        <translation>Se generaron %L1 advertencias</translation>
    </message>
    <message>
        <source>%1 and %2 while reading the case. Skipped records are not part of the case.</source>
        <translation>%1 y %2 al leer el caso. Los registros omitidos no forman parte del caso.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <source>Effect</source>
        <translation>Efecto</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>Veces</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>omitido</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>advertencia</translation>
    </message>
</context>
<context>
    <name>onco::KbSchema</name>
    <message>
        <source>not an OncoBoard knowledge base (the SQLite file belongs to another application or is a case database); it is left untouched</source>
        <translation>no es una base de conocimiento de OncoBoard (el archivo SQLite pertenece a otra aplicación o es una base de datos de casos); no se modifica</translation>
    </message>
    <message>
        <source>the knowledge base was written by a newer OncoBoard (schema %1, this version reads up to %2)</source>
        <translation>la base de conocimiento fue escrita por una versión más reciente de OncoBoard (esquema %1; esta versión lee hasta el %2)</translation>
    </message>
    <message>
        <source>cannot migrate knowledge-base schema %1 holding user imports</source>
        <translation>no se puede migrar el esquema %1 de la base de conocimiento, que contiene importaciones del usuario</translation>
    </message>
</context>
<context>
    <name>onco::KbTerms</name>
    <message>
        <source>Predictive</source>
        <translation>Predictivo</translation>
    </message>
    <message>
        <source>Diagnostic</source>
        <translation>Diagnóstico</translation>
    </message>
    <message>
        <source>Prognostic</source>
        <translation>Pronóstico</translation>
    </message>
    <message>
        <source>Predisposing</source>
        <translation>Predisponente</translation>
    </message>
    <message>
        <source>Oncogenic</source>
        <translation>Oncogénico</translation>
    </message>
    <message>
        <source>Functional</source>
        <translation>Funcional</translation>
    </message>
    <message>
        <source>Supports</source>
        <translation>Respalda</translation>
    </message>
    <message>
        <source>Does Not Support</source>
        <translation>No respalda</translation>
    </message>
    <message>
        <source>Sensitivity/Response</source>
        <translation>Sensibilidad/respuesta</translation>
    </message>
    <message>
        <source>Resistance</source>
        <translation>Resistencia</translation>
    </message>
    <message>
        <source>Reduced Sensitivity</source>
        <translation>Sensibilidad reducida</translation>
    </message>
    <message>
        <source>Adverse Response</source>
        <translation>Respuesta adversa</translation>
    </message>
    <message>
        <source>Predisposition</source>
        <translation>Predisposición</translation>
    </message>
    <message>
        <source>Protectiveness</source>
        <translation>Efecto protector</translation>
    </message>
    <message>
        <source>Positive</source>
        <translation>Positivo</translation>
    </message>
    <message>
        <source>Negative</source>
        <translation>Negativo</translation>
    </message>
    <message>
        <source>Better Outcome</source>
        <translation>Mejor pronóstico</translation>
    </message>
    <message>
        <source>Poor Outcome</source>
        <translation>Peor pronóstico</translation>
    </message>
    <message>
        <source>Uncertain Significance</source>
        <translation>Significado incierto</translation>
    </message>
    <message>
        <source>Oncogenicity</source>
        <translation>Oncogenicidad</translation>
    </message>
    <message>
        <source>Gain of Function</source>
        <translation>Ganancia de función</translation>
    </message>
    <message>
        <source>Loss of Function</source>
        <translation>Pérdida de función</translation>
    </message>
    <message>
        <source>Dominant Negative</source>
        <translation>Dominante negativo</translation>
    </message>
    <message>
        <source>Neomorphic</source>
        <translation>Neomórfico</translation>
    </message>
    <message>
        <source>Unaltered Function</source>
        <translation>Función inalterada</translation>
    </message>
    <message>
        <source>Combination</source>
        <translation>combinación</translation>
    </message>
    <message>
        <source>Sequential</source>
        <translation>secuencial</translation>
    </message>
    <message>
        <source>Substitutes</source>
        <translation>sustituibles</translation>
    </message>
    <message>
        <source>Normal Metabolizer</source>
        <translation>Metabolizador normal</translation>
    </message>
    <message>
        <source>Intermediate Metabolizer</source>
        <translation>Metabolizador intermedio</translation>
    </message>
    <message>
        <source>Possible Intermediate Metabolizer</source>
        <translation>Posible metabolizador intermedio</translation>
    </message>
    <message>
        <source>Poor Metabolizer</source>
        <translation>Metabolizador lento</translation>
    </message>
    <message>
        <source>Indeterminate</source>
        <translation>Indeterminado</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Fuerte</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>Moderada</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Opcional</translation>
    </message>
    <message>
        <source>No Recommendation</source>
        <translation>Sin recomendación</translation>
    </message>
</context>
<context>
    <name>onco::KbWriter</name>
    <message>
        <source>%1 %2 is already in the knowledge base</source>
        <translation>%1 %2 ya está en la base de conocimiento</translation>
    </message>
    <message>
        <source>molecular profile %1 &quot;%2&quot; names variant(s) %3, which the release does not hold: the profile is never matched</source>
        <translation>el perfil molecular %1 &quot;%2&quot; nombra variante(s) %3 que la versión no contiene: el perfil nunca coincide</translation>
    </message>
    <message>
        <source>molecular profile %1 &quot;%2&quot;: %3</source>
        <translation>perfil molecular %1 &quot;%2&quot;: %3</translation>
    </message>
    <message>
        <source>an evidence item needs a gene and an alteration</source>
        <translation>un elemento de evidencia necesita un gen y una alteración</translation>
    </message>
    <message>
        <source>an evidence item needs an evidence type</source>
        <translation>un elemento de evidencia necesita un tipo de evidencia</translation>
    </message>
</context>
<context>
    <name>onco::KnowledgeBase</name>
    <message>
        <source>no knowledge-base release with id %1</source>
        <translation>no hay ninguna versión de la base de conocimiento con id %1</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>no se puede crear la carpeta %1</translation>
    </message>
    <message>
        <source>%1 %2 has not been imported</source>
        <translation>%1 %2 no se ha importado</translation>
    </message>
    <message>
        <source>a local evidence item needs a %1</source>
        <translation>un elemento de evidencia local necesita el campo %1</translation>
    </message>
    <message>
        <source>evidence type must be one of %1, not &apos;%2&apos;</source>
        <translation>el tipo de evidencia debe ser uno de %1, no &apos;%2&apos;</translation>
    </message>
    <message>
        <source>level must be A, B, C, D or E, not &apos;%1&apos;</source>
        <translation>el nivel debe ser A, B, C, D o E, no &apos;%1&apos;</translation>
    </message>
    <message>
        <source>direction must be &apos;Supports&apos; or &apos;Does Not Support&apos;, not &apos;%1&apos;</source>
        <translation>la dirección debe ser &apos;Supports&apos; o &apos;Does Not Support&apos;, no &apos;%1&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an OncoTree code</source>
        <translation>&apos;%1&apos; no es un código de OncoTree</translation>
    </message>
    <message>
        <source>a local evidence item needs a disease, a DOID or an OncoTree code</source>
        <translation>un elemento de evidencia local necesita una enfermedad, un DOID o un código de OncoTree</translation>
    </message>
</context>
<context>
    <name>onco::KnowledgeBaseDialog</name>
    <message>
        <source>&amp;Use for annotation</source>
        <translation>&amp;Usar para la anotación</translation>
    </message>
    <message>
        <source>Knowledge base</source>
        <translation>Base de conocimiento</translation>
    </message>
    <message>
        <source>Every release imported into this knowledge base is kept. Annotation uses one release of each source: the one chosen here, else the newest. Each report names the releases it used.</source>
        <translation>Se conservan todas las versiones importadas en esta base de conocimiento. La anotación utiliza una versión de cada fuente: la elegida aquí o, si no, la más reciente. Cada informe indica las versiones que utilizó.</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>En uso</translation>
    </message>
    <message>
        <source>Evidence items</source>
        <translation>Elementos de evidencia</translation>
    </message>
    <message>
        <source>Imported (UTC)</source>
        <translation>Importada (UTC)</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licencia</translation>
    </message>
    <message>
        <source>Import &amp;CIViC release...</source>
        <translation>Importar versión de &amp;CIViC...</translation>
    </message>
    <message>
        <source>Import &amp;OncoKB files...</source>
        <translation>Importar archivos de &amp;OncoKB...</translation>
    </message>
    <message>
        <source>allActionableVariants.txt / allAnnotatedVariants.txt obtained under your site&apos;s OncoKB licence. They stay on this computer.</source>
        <translation>allActionableVariants.txt / allAnnotatedVariants.txt obtenidos con la licencia de OncoKB de su centro. Permanecen en este equipo.</translation>
    </message>
    <message>
        <source>Add &amp;local evidence...</source>
        <translation>Añadir evidencia &amp;local...</translation>
    </message>
    <message>
        <source>%1 (shipped)</source>
        <translation>%1 (incluida)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>reference data</source>
        <translation>datos de referencia</translation>
    </message>
    <message>
        <source>Choose a release first.</source>
        <translation>Elija primero una versión.</translation>
    </message>
    <message>
        <source>%1 %2 is now used for annotation.</source>
        <translation>%1 %2 se utiliza ahora para la anotación.</translation>
    </message>
    <message>
        <source>Imported CIViC %1: %2 evidence items, %3 variants; %4 data gaps listed by &apos;oncoboard-cli kb info&apos;.</source>
        <translation>CIViC %1 importado: %2 elementos de evidencia, %3 variantes; %4 lagunas de datos listadas por &apos;oncoboard-cli kb info&apos;.</translation>
    </message>
    <message>
        <source>Imported OncoKB %1: %2 evidence items from %3 actionable and %4 annotated rows.</source>
        <translation>OncoKB %1 importado: %2 elementos de evidencia a partir de %3 filas accionables y %4 anotadas.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) skipped or questioned; first: %1</source>
        <translation>
            <numerusform>%n fila omitida o cuestionada; primera: %1</numerusform>
            <numerusform>%n filas omitidas o cuestionadas; primera: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>CIViC release folder (the TSV files of one monthly release)</source>
        <translation>Carpeta de la versión de CIViC (los archivos TSV de una versión mensual)</translation>
    </message>
    <message>
        <source>OncoKB data files</source>
        <translation>Archivos de datos de OncoKB</translation>
    </message>
    <message>
        <source>OncoKB tables (*.txt *.tsv);;All files (*)</source>
        <translation>Tablas de OncoKB (*.txt *.tsv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>OncoKB release</source>
        <translation>Versión de OncoKB</translation>
    </message>
    <message>
        <source>Name of this OncoKB release (e.g. its data version, v4.21). Leave empty to take it from the file names or dates.</source>
        <translation>Nombre de esta versión de OncoKB (p. ej., su versión de datos, v4.21). Déjelo vacío para tomarlo de los nombres o las fechas de los archivos.</translation>
    </message>
    <message>
        <source>Added local evidence item Local-%1.</source>
        <translation>Se añadió el elemento de evidencia local Local-%1.</translation>
    </message>
</context>
<context>
    <name>onco::KnownVariants</name>
    <message>
        <source>%1 %2 documents %3 %4 (%5)</source>
        <translation>%1 %2 documenta %3 %4 (%5)</translation>
    </message>
</context>
<context>
    <name>onco::LiftOver</name>
    <message>
        <source>new chain before the last block line (a single size) of the chain on line %1</source>
        <translation>nueva cadena antes de la última línea de bloque (un único tamaño) de la cadena de la línea %1</translation>
    </message>
    <message>
        <source>chain header needs 12 or 13 fields, found %1</source>
        <translation>el encabezado de la cadena requiere 12 o 13 campos; se encontraron %1</translation>
    </message>
    <message>
        <source>chain score is not a number</source>
        <translation>la puntuación de la cadena no es un número</translation>
    </message>
    <message>
        <source>chain sizes and coordinates must be non-negative integers</source>
        <translation>los tamaños y las coordenadas de la cadena deben ser enteros no negativos</translation>
    </message>
    <message>
        <source>chain strand must be &apos;+&apos; or &apos;-&apos;</source>
        <translation>la hebra de la cadena debe ser &apos;+&apos; o &apos;-&apos;</translation>
    </message>
    <message>
        <source>chain span lies outside its sequence or ends before it starts</source>
        <translation>el intervalo de la cadena queda fuera de su secuencia o termina antes de empezar</translation>
    </message>
    <message>
        <source>alignment block outside a chain (no chain header before it)</source>
        <translation>bloque de alineamiento fuera de una cadena (sin encabezado de cadena antes)</translation>
    </message>
    <message>
        <source>alignment block line needs 3 fields (size dt dq), or 1 to end the chain; found %1</source>
        <translation>la línea de bloque de alineamiento requiere 3 campos (size dt dq), o 1 para terminar la cadena; se encontraron %1</translation>
    </message>
    <message>
        <source>alignment block sizes must be non-negative integers</source>
        <translation>los tamaños de los bloques de alineamiento deben ser enteros no negativos</translation>
    </message>
    <message>
        <source>alignment block runs past the end of its chain (target %1, query %2)</source>
        <translation>el bloque de alineamiento se extiende más allá del final de su cadena (target %1, query %2)</translation>
    </message>
    <message>
        <source>alignment gap runs past the end of its chain (target %1, query %2)</source>
        <translation>el hueco de alineamiento se extiende más allá del final de su cadena (target %1, query %2)</translation>
    </message>
    <message>
        <source>the blocks of the chain on line %1 end at target %2, query %3, but its header says %4, %5</source>
        <translation>los bloques de la cadena de la línea %1 terminan en target %2, query %3, pero su encabezado indica %4, %5</translation>
    </message>
    <message>
        <source>empty line inside the chain on line %1, before its last block line (a single size)</source>
        <translation>línea vacía dentro de la cadena de la línea %1, antes de su última línea de bloque (un único tamaño)</translation>
    </message>
    <message>
        <source>file ends inside the chain on line %1, before its last block line (a single size)</source>
        <translation>el archivo termina dentro de la cadena de la línea %1, antes de su última línea de bloque (un único tamaño)</translation>
    </message>
    <message>
        <source>no chains in the file</source>
        <translation>no hay cadenas en el archivo</translation>
    </message>
    <message>
        <source>GRCh38 to GRCh37 lift-over unavailable: %1</source>
        <translation>conversión de coordenadas (lift-over) de GRCh38 a GRCh37 no disponible: %1</translation>
    </message>
</context>
<context>
    <name>onco::LineReader</name>
    <message>
        <source>cannot start gzip decompression</source>
        <translation>no se puede iniciar la descompresión gzip</translation>
    </message>
    <message>
        <source>read error: %1</source>
        <translation>error de lectura: %1</translation>
    </message>
    <message>
        <source>truncated gzip data</source>
        <translation>datos gzip truncados</translation>
    </message>
    <message>
        <source>truncated BGZF data: the end-of-file block is missing</source>
        <translation>datos BGZF truncados: falta el bloque de fin de archivo</translation>
    </message>
    <message>
        <source>corrupt gzip data</source>
        <translation>datos gzip corruptos</translation>
    </message>
    <message>
        <source>cannot open: %1</source>
        <translation>no se puede abrir: %1</translation>
    </message>
    <message>
        <source>line %1 is longer than %2 MiB: not a text file</source>
        <translation>la línea %1 supera los %2 MiB: no es un archivo de texto</translation>
    </message>
</context>
<context>
    <name>onco::LocalEvidenceDialog</name>
    <message>
        <source>Add local evidence</source>
        <translation>Añadir evidencia local</translation>
    </message>
    <message>
        <source>HGNC symbol, e.g. BRAF</source>
        <translation>Símbolo HGNC, p. ej., BRAF</translation>
    </message>
    <message>
        <source>as CIViC names it: V600E, Amplification, Exon 19 Deletion</source>
        <translation>como lo denomina CIViC: V600E, Amplification, Exon 19 Deletion</translation>
    </message>
    <message>
        <source>e.g. 1909</source>
        <translation>p. ej., 1909</translation>
    </message>
    <message>
        <source>separate several with &apos;;&apos;</source>
        <translation>separe varios con &apos;;&apos;</translation>
    </message>
    <message>
        <source>The claim, as the board would cite it.</source>
        <translation>La afirmación, tal como la citaría el comité.</translation>
    </message>
    <message>
        <source>why this item is added locally</source>
        <translation>por qué se añade este elemento localmente</translation>
    </message>
    <message>
        <source>&amp;Gene</source>
        <translation>&amp;Gen</translation>
    </message>
    <message>
        <source>&amp;Alteration</source>
        <translation>&amp;Alteración</translation>
    </message>
    <message>
        <source>Evidence &amp;type</source>
        <translation>&amp;Tipo de evidencia</translation>
    </message>
    <message>
        <source>&amp;Level</source>
        <translation>&amp;Nivel</translation>
    </message>
    <message>
        <source>&amp;Direction</source>
        <translation>&amp;Dirección</translation>
    </message>
    <message>
        <source>&amp;Significance</source>
        <translation>&amp;Significado</translation>
    </message>
    <message>
        <source>Tumor type (OncoTree)</source>
        <translation>Tipo tumoral (OncoTree)</translation>
    </message>
    <message>
        <source>or disease name</source>
        <translation>o nombre de la enfermedad</translation>
    </message>
    <message>
        <source>and/or DOID</source>
        <translation>y/o DOID</translation>
    </message>
    <message>
        <source>T&amp;herapies</source>
        <translation>Tratamient&amp;os</translation>
    </message>
    <message>
        <source>Therapy interaction</source>
        <translation>Interacción de tratamientos</translation>
    </message>
    <message>
        <source>S&amp;tatement</source>
        <translation>&amp;Enunciado</translation>
    </message>
    <message>
        <source>PubMed id</source>
        <translation>Id de PubMed</translation>
    </message>
    <message>
        <source>Citation</source>
        <translation>Cita</translation>
    </message>
    <message>
        <source>&amp;Curator</source>
        <translation>&amp;Curador</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Motivo</translation>
    </message>
</context>
<context>
    <name>onco::LollipopPlot</name>
    <message>
        <source>Missense</source>
        <translation>Sentido erróneo</translation>
    </message>
    <message>
        <source>Truncating</source>
        <translation>Truncante</translation>
    </message>
    <message>
        <source>In-frame</source>
        <translation>En marco</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otra</translation>
    </message>
    <message numerus="yes">
        <source>%n small variant(s) without gene or protein change: annotate the input (VEP, SnpEff, bcftools csq) to draw them along the protein</source>
        <translation>
            <numerusform>%n variante pequeña sin gen ni cambio proteico: anote la entrada (VEP, SnpEff, bcftools csq) para representarla a lo largo de la proteína</numerusform>
            <numerusform>%n variantes pequeñas sin gen ni cambio proteico: anote la entrada (VEP, SnpEff, bcftools csq) para representarlas a lo largo de la proteína</numerusform>
        </translation>
    </message>
    <message>
        <source>No protein-changing mutations in this case</source>
        <translation>No hay mutaciones que cambien la proteína en este caso</translation>
    </message>
    <message>
        <source>No protein-changing mutations in %1</source>
        <translation>No hay mutaciones que cambien la proteína en %1</translation>
    </message>
    <message>
        <source>%1 · protein-changing mutations: %2 · residues: %3</source>
        <translation>%1 · mutaciones que cambian la proteína: %2 · residuos: %3</translation>
    </message>
    <message>
        <source>protein length unknown: axis to the last mutated residue + 10%</source>
        <translation>longitud de la proteína desconocida: eje hasta el último residuo mutado + 10%</translation>
    </message>
    <message>
        <source>mutations beyond the %1 aa protein of the length table (another isoform?)</source>
        <translation>mutaciones más allá de la proteína de %1 aa de la tabla de longitudes (¿otra isoforma?)</translation>
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
        <translation>Mutaciones</translation>
    </message>
    <message>
        <source>Residue (aa)</source>
        <translation>Residuo (aa)</translation>
    </message>
</context>
<context>
    <name>onco::MafReader</name>
    <message>
        <source>a mutation table needs Chromosome, Start_Position, Reference_Allele and Tumor_Seq_Allele2 columns, or Hugo_Symbol with a protein change (HGVSp_Short)</source>
        <translation>una tabla de mutaciones requiere las columnas Chromosome, Start_Position, Reference_Allele y Tumor_Seq_Allele2, o Hugo_Symbol con un cambio proteico (HGVSp_Short)</translation>
    </message>
    <message>
        <source>the line is not valid UTF-8; unreadable characters were replaced</source>
        <translation>la línea no es UTF-8 válido; se sustituyeron los caracteres ilegibles</translation>
    </message>
    <message>
        <source>expected %1 tab-separated columns, found %2: the columns after a missing or extra field would be shifted</source>
        <translation>se esperaban %1 columnas separadas por tabuladores, se encontraron %2: las columnas posteriores a un campo ausente o sobrante quedarían desplazadas</translation>
    </message>
    <message>
        <source>Start_Position &apos;%1&apos; is not a positive whole number</source>
        <translation>Start_Position &apos;%1&apos; no es un número entero positivo</translation>
    </message>
    <message>
        <source>Chromosome is empty</source>
        <translation>Chromosome está vacío</translation>
    </message>
    <message>
        <source>alleles &apos;%1&apos; &gt; &apos;%2&apos; must be A, C, G, T, N or &apos;-&apos;</source>
        <translation>los alelos &apos;%1&apos; &gt; &apos;%2&apos; deben ser A, C, G, T, N o &apos;-&apos;</translation>
    </message>
    <message>
        <source>the tumor allele equals the reference allele</source>
        <translation>el alelo tumoral es igual al alelo de referencia</translation>
    </message>
    <message>
        <source>the row neither places nor names a mutation</source>
        <translation>la fila no localiza ni nombra ninguna mutación</translation>
    </message>
    <message>
        <source>Start_Position is &apos;%1&apos;: the row is kept by its gene and %2, without a place</source>
        <translation>Start_Position es &apos;%1&apos;: la fila se conserva por su gen y %2, sin posición</translation>
    </message>
    <message>
        <source>%1 read support not used: %2</source>
        <translation>soporte de lecturas (%1) no utilizado: %2</translation>
    </message>
    <message>
        <source>loading canceled</source>
        <translation>carga cancelada</translation>
    </message>
    <message>
        <source>NCBI_Build column</source>
        <translation>columna NCBI_Build</translation>
    </message>
    <message>
        <source>NCBI_Build says %1 but the case is %2; coordinates are read as %2</source>
        <translation>NCBI_Build indica %1, pero el caso es %2; las coordenadas se leen como %2</translation>
    </message>
    <message numerus="yes">
        <source>%n rows of other samples are not part of this case</source>
        <translation>
            <numerusform>%n fila de otras muestras no forma parte de este caso</numerusform>
            <numerusform>%n filas de otras muestras no forman parte de este caso</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>onco::MainWindow</name>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Casos</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <source>Pharmacogenomics</source>
        <translation>Farmacogenómica</translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation>(no indicado)</translation>
    </message>
    <message>
        <source>%1 is a retired OncoTree code: %2 (%3) replaces it</source>
        <translation>%1 es un código OncoTree retirado: lo sustituye %2 (%3)</translation>
    </message>
    <message>
        <source> Mb</source>
        <translation> Mb</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>The assay&apos;s coding territory in megabases (e.g. 1.94 for TSO500, about 38 for an exome): OncoBoard then estimates the tumor mutational burden from the calls when no input states it</source>
        <translation>Territorio codificante de la prueba en megabases (p. ej., 1,94 para TSO500, unas 38 para un exoma): OncoBoard estima entonces la carga mutacional tumoral (TMB) a partir de las variantes detectadas cuando ninguna entrada la indica</translation>
    </message>
    <message>
        <source>from the files</source>
        <translation>de los archivos</translation>
    </message>
    <message>
        <source>The genome build of the inputs; &quot;from the files&quot; reads it from contig lengths, a reference line or the MAF&apos;s NCBI_Build</source>
        <translation>El ensamblaje del genoma de las entradas; &quot;de los archivos&quot; lo lee de las longitudes de los contigs, de una línea de referencia o del NCBI_Build del MAF</translation>
    </message>
    <message>
        <source>Knowledge base: %1 %2</source>
        <translation>Base de conocimiento: %1 %2</translation>
    </message>
    <message>
        <source>Open a case&apos;s files or folder (File &gt; Open, or drop them here), or a case on the left.</source>
        <translation>Abra los archivos o la carpeta de un caso (Archivo &gt; Abrir, o arrástrelos aquí), o un caso de la izquierda.</translation>
    </message>
    <message>
        <source>Open a case&apos;s files</source>
        <translation>Abrir los archivos de un caso</translation>
    </message>
    <message>
        <source>Case files (*.vcf *.vcf.gz *.bcf *.maf *.maf.gz *.txt *.tsv *.seg *.gz);;All files (*)</source>
        <translation>Archivos de caso (*.vcf *.vcf.gz *.bcf *.maf *.maf.gz *.txt *.tsv *.seg *.gz);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Tumor type %1 is kept from the case before: check it for this patient (toolbar)</source>
        <translation>Se mantiene el tipo tumoral %1 del caso anterior: compruébelo para este paciente (barra de herramientas)</translation>
    </message>
    <message>
        <source>Case database %1</source>
        <translation>Base de datos de casos %1</translation>
    </message>
    <message>
        <source>Opening %1...</source>
        <translation>Abriendo %1...</translation>
    </message>
    <message>
        <source>Open a case first</source>
        <translation>Abra primero un caso</translation>
    </message>
    <message>
        <source>Saved as case %1 (draft)</source>
        <translation>Guardado como caso %1 (borrador)</translation>
    </message>
    <message>
        <source>Select an alteration to review</source>
        <translation>Seleccione una alteración para revisarla</translation>
    </message>
    <message>
        <source>Say who is reviewing first</source>
        <translation>Indique primero quién revisa</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>SUPERSEDED – %1: a newer version amends it</source>
        <translation>SUSTITUIDO – %1: una versión más reciente lo enmienda</translation>
    </message>
    <message>
        <source>FINAL – %1, signed by %2 on %3</source>
        <translation>DEFINITIVO – %1, firmado por %2 el %3</translation>
    </message>
    <message>
        <source>PRELIMINARY – %1, not signed final</source>
        <translation>PRELIMINAR – %1, sin firma definitiva</translation>
    </message>
    <message>
        <source>DRAFT – %1, not signed</source>
        <translation>BORRADOR – %1, sin firmar</translation>
    </message>
    <message>
        <source>NOT SAVED – read from files, no decision recorded</source>
        <translation>NO GUARDADO – leído de archivos, sin decisiones registradas</translation>
    </message>
    <message>
        <source>Meeting %1 has no case on its agenda</source>
        <translation>La sesión %1 no tiene ningún caso en su orden del día</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;font-size:x-large&apos;&gt;%1&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;font-size:x-large&apos;&gt;%1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Question to the board:&lt;/b&gt;&lt;/p&gt;&lt;p style=&apos;font-size:x-large&apos;&gt;%1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Pregunta al comité:&lt;/b&gt;&lt;/p&gt;&lt;p style=&apos;font-size:x-large&apos;&gt;%1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>(none recorded)</source>
        <translation>(nada registrado)</translation>
    </message>
    <message>
        <source>&lt;p&gt;Presented by %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;Presentado por %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Conclusion recorded:&lt;/b&gt; %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Conclusión registrada:&lt;/b&gt; %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;color:gray&apos;&gt;Right arrow: the findings and the plan &amp;middot; Page Down / Page Up: next or previous case &amp;middot; R: record the conclusion &amp;middot; Escape: leave&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:gray&apos;&gt;Flecha derecha: hallazgos y plan &amp;middot; Av Pág / Re Pág: caso siguiente o anterior &amp;middot; R: registrar la conclusión &amp;middot; Escape: salir&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 – case %2 of %3: patient %4</source>
        <translation>%1 – caso %2 de %3: paciente %4</translation>
    </message>
    <message>
        <source>Record Conclusion</source>
        <translation>Registrar conclusión</translation>
    </message>
    <message>
        <source>What the board concluded:</source>
        <translation>Conclusión del comité:</translation>
    </message>
    <message>
        <source>The reference genome %1 is gone: effects are predicted without it (File &gt; Reference Genome)</source>
        <translation>El genoma de referencia %1 ya no está disponible: los efectos se predicen sin él (Archivo &gt; Genoma de referencia)</translation>
    </message>
    <message>
        <source>Loading %1...</source>
        <translation>Cargando %1...</translation>
    </message>
    <message>
        <source>Loading canceled.</source>
        <translation>Carga cancelada.</translation>
    </message>
    <message>
        <source>Choose the patient&apos;s sample.</source>
        <translation>Elija la muestra del paciente.</translation>
    </message>
    <message>
        <source>Could not open the case.</source>
        <translation>No se pudo abrir el caso.</translation>
    </message>
    <message>
        <source>Could not open the case</source>
        <translation>No se pudo abrir el caso</translation>
    </message>
    <message>
        <source>Knowledge base: %1</source>
        <translation>Base de conocimiento: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n alterations</source>
        <translation>
            <numerusform>%n alteración</numerusform>
            <numerusform>%n alteraciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with evidence</source>
        <translation>
            <numerusform>%n con evidencia</numerusform>
            <numerusform>%n con evidencia</numerusform>
        </translation>
    </message>
    <message>
        <source>1 record skipped</source>
        <translation>1 registro omitido</translation>
    </message>
    <message>
        <source>%L1 records skipped</source>
        <translation>%L1 registros omitidos</translation>
    </message>
    <message>
        <source>1 warning...</source>
        <translation>1 advertencia...</translation>
    </message>
    <message>
        <source>%L1 warnings...</source>
        <translation>%L1 advertencias...</translation>
    </message>
    <message>
        <source>The inputs carry no functional annotation and their genome build is not known: choose the build in the toolbar to predict genes and effects</source>
        <translation>Las entradas no tienen anotación funcional y se desconoce su ensamblaje del genoma: elija el ensamblaje en la barra de herramientas para predecir genes y efectos</translation>
    </message>
    <message>
        <source>Genes and effects of %L1 unannotated variants predicted by OncoBoard (hover a protein change for what stays open)</source>
        <translation>Genes y efectos de %L1 variantes no anotadas predichos por OncoBoard (pase el cursor sobre un cambio proteico para ver lo que queda pendiente)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Board decision:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Decisión del comité:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Board decision:&lt;/b&gt; %1 – “%2”</source>
        <translation>&lt;b&gt;Decisión del comité:&lt;/b&gt; %1 – “%2”</translation>
    </message>
    <message>
        <source>%1 recommended for %2, given to %3</source>
        <translation>%1 recomendado en %2, administrado en %3</translation>
    </message>
    <message>
        <source>, not given to %1</source>
        <translation>, no administrado en %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 earlier patients here&lt;/b&gt; with this alteration: %2. Outcomes as recorded in this case database; not evidence from studies.</source>
        <translation>&lt;b&gt;%1 pacientes anteriores en este centro&lt;/b&gt; con esta alteración: %2. Evolución según lo registrado en esta base de datos de casos; no es evidencia procedente de estudios.</translation>
    </message>
    <message>
        <source>Earlier patients cannot be read: %1</source>
        <translation>No se pueden leer los pacientes anteriores: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Earlier decision:&lt;/b&gt; %1 by %2 on %3 in %4 (%5)%6</source>
        <translation>&lt;b&gt;Decisión anterior:&lt;/b&gt; %1 por %2 el %3 en %4 (%5)%6</translation>
    </message>
    <message>
        <source>same patient</source>
        <translation>mismo paciente</translation>
    </message>
    <message>
        <source>patient %1</source>
        <translation>paciente %1</translation>
    </message>
    <message>
        <source>Reviewer: %1</source>
        <translation>Revisor: %1</translation>
    </message>
    <message>
        <source>Reviewer: not set</source>
        <translation>Revisor: sin definir</translation>
    </message>
    <message>
        <source>&lt;b&gt;SUPERSEDED&lt;/b&gt; – %1 is not the current version: version %2 amends it (case list, left)</source>
        <translation>&lt;b&gt;SUSTITUIDO&lt;/b&gt; – %1 no es la versión vigente: la versión %2 lo enmienda (lista de casos, a la izquierda)</translation>
    </message>
    <message>
        <source>&lt;b&gt;FINAL&lt;/b&gt; – %1, signed by %2 on %3; locked</source>
        <translation>&lt;b&gt;DEFINITIVO&lt;/b&gt; – %1, firmado por %2 el %3; bloqueado</translation>
    </message>
    <message>
        <source>&lt;b&gt;PRELIMINARY&lt;/b&gt; – %1: not signed final</source>
        <translation>&lt;b&gt;PRELIMINAR&lt;/b&gt; – %1: sin firma definitiva</translation>
    </message>
    <message>
        <source>&lt;b&gt;DRAFT&lt;/b&gt; – %1, amending version %2: not signed</source>
        <translation>&lt;b&gt;BORRADOR&lt;/b&gt; – %1, enmienda de la versión %2: sin firmar</translation>
    </message>
    <message>
        <source>&lt;b&gt;DRAFT&lt;/b&gt; – %1: not signed</source>
        <translation>&lt;b&gt;BORRADOR&lt;/b&gt; – %1: sin firmar</translation>
    </message>
    <message>
        <source>Case %1, version %2 (%3, %4, SUPERSEDED by a newer version) - %5</source>
        <translation>Caso %1, versión %2 (%3, %4, SUSTITUIDO por una versión más reciente) - %5</translation>
    </message>
    <message>
        <source>Case %1, version %2 (%3, %4) - %5</source>
        <translation>Caso %1, versión %2 (%3, %4) - %5</translation>
    </message>
    <message>
        <source>Changed by %1; shown as it now is</source>
        <translation>Modificado por %1; se muestra en su estado actual</translation>
    </message>
    <message>
        <source>The case was changed elsewhere; shown as it now is</source>
        <translation>El caso se modificó en otro lugar; se muestra en su estado actual</translation>
    </message>
    <message>
        <source>The case was changed</source>
        <translation>El caso se ha modificado</translation>
    </message>
    <message>
        <source>Your decision was not recorded: %1 changed the case while you were reviewing it. The case is now shown as it is (this alteration: %2).

Record your decision &quot;%3&quot; now?</source>
        <translation>Su decisión no se registró: %1 modificó el caso mientras usted lo revisaba. El caso se muestra ahora en su estado actual (esta alteración: %2).

¿Registrar ahora su decisión &quot;%3&quot;?</translation>
    </message>
    <message>
        <source>no decision</source>
        <translation>sin decisión</translation>
    </message>
    <message>
        <source>The case is final and locked</source>
        <translation>El caso es definitivo y está bloqueado</translation>
    </message>
    <message>
        <source>%1 is final and locked</source>
        <translation>%1 es definitivo y está bloqueado</translation>
    </message>
    <message>
        <source>%1 is final and locked (signed by %2 on %3)</source>
        <translation>%1 es definitivo y está bloqueado (firmado por %2 el %3)</translation>
    </message>
    <message>
        <source>%1; a newer version amends it: open that one</source>
        <translation>%1; una versión más reciente lo enmienda: abra esa</translation>
    </message>
    <message>
        <source>%1: Review &gt; Amend makes a new version to change</source>
        <translation>%1: Revisión &gt; Enmendar crea una nueva versión para modificarlo</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Open...</source>
        <translation>&amp;Abrir...</translation>
    </message>
    <message>
        <source>Open &amp;Folder...</source>
        <translation>Abrir &amp;carpeta...</translation>
    </message>
    <message>
        <source>Open a case folder</source>
        <translation>Abrir la carpeta de un caso</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <source>Open Case &amp;Database...</source>
        <translation>Abrir &amp;base de datos de casos...</translation>
    </message>
    <message>
        <source>Open a case database</source>
        <translation>Abrir una base de datos de casos</translation>
    </message>
    <message>
        <source>Case databases (*.sqlite);;All files (*)</source>
        <translation>Bases de datos de casos (*.sqlite);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Connect to Case Database Ser&amp;ver...</source>
        <translation>Conectar a un ser&amp;vidor de base de datos de casos...</translation>
    </message>
    <message>
        <source>Connect to a case database server</source>
        <translation>Conectar a un servidor de base de datos de casos</translation>
    </message>
    <message>
        <source>PostgreSQL address (postgresql://USER@HOST:PORT/DATABASE).
The password is taken from ~/.pgpass or PGPASSWORD, never typed here.</source>
        <translation>Dirección PostgreSQL (postgresql://USER@HOST:PORT/DATABASE).
La contraseña se toma de ~/.pgpass o PGPASSWORD; nunca se escribe aquí.</translation>
    </message>
    <message>
        <source>&amp;Save to Case Database...</source>
        <translation>&amp;Guardar en la base de datos de casos...</translation>
    </message>
    <message>
        <source>Save the case</source>
        <translation>Guardar el caso</translation>
    </message>
    <message>
        <source>Patient pseudonym (leave empty for a new one):</source>
        <translation>Seudónimo del paciente (déjelo vacío para crear uno nuevo):</translation>
    </message>
    <message>
        <source>Pa&amp;tient Identifiers...</source>
        <translation>Identificadores del &amp;paciente...</translation>
    </message>
    <message>
        <source>Save the case to the case database to give its patient&apos;s identifiers</source>
        <translation>Guarde el caso en la base de datos de casos para indicar los identificadores de su paciente</translation>
    </message>
    <message>
        <source>Identifiers of %1 stored, sealed</source>
        <translation>Identificadores de %1 almacenados y sellados</translation>
    </message>
    <message>
        <source>&amp;Export Report...</source>
        <translation>&amp;Exportar informe...</translation>
    </message>
    <message>
        <source>Nothing to export: open a case first (File &gt; Open, or a case on the left)</source>
        <translation>Nada que exportar: abra primero un caso (Archivo &gt; Abrir, o un caso de la izquierda)</translation>
    </message>
    <message>
        <source>An export is running: wait for it to finish</source>
        <translation>Hay una exportación en curso: espere a que termine</translation>
    </message>
    <message>
        <source>PDF case summary (*.pdf)</source>
        <translation>Resumen del caso en PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Report JSON (*.json)</source>
        <translation>Informe JSON (*.json)</translation>
    </message>
    <message>
        <source>FHIR Genomics Reporting bundle (*.fhir.json)</source>
        <translation>Paquete FHIR Genomics Reporting (*.fhir.json)</translation>
    </message>
    <message>
        <source>Export the case report</source>
        <translation>Exportar el informe del caso</translation>
    </message>
    <message>
        <source>Report &amp;Settings...</source>
        <translation>Co&amp;nfiguración del informe...</translation>
    </message>
    <message>
        <source>Reference &amp;Genome...</source>
        <translation>Genoma de re&amp;ferencia...</translation>
    </message>
    <message>
        <source>&amp;Import Case Bundle...</source>
        <translation>&amp;Importar paquete de caso...</translation>
    </message>
    <message>
        <source>Import a case bundle</source>
        <translation>Importar un paquete de caso</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>&amp;Revisión</translation>
    </message>
    <message>
        <source>&amp;Include in report</source>
        <translation>&amp;Incluir en el informe</translation>
    </message>
    <message>
        <source>&amp;Exclude</source>
        <translation>E&amp;xcluir</translation>
    </message>
    <message>
        <source>&amp;VUS</source>
        <translation>&amp;VSI</translation>
    </message>
    <message>
        <source>&amp;Artefact</source>
        <translation>&amp;Artefacto</translation>
    </message>
    <message>
        <source>&amp;Germline referral</source>
        <translation>Derivación a consejo &amp;genético (germinal)</translation>
    </message>
    <message>
        <source>Decision with &amp;Comment...</source>
        <translation>Decisión con &amp;comentario...</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decisión</translation>
    </message>
    <message>
        <source>Decision:</source>
        <translation>Decisión:</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comentario</translation>
    </message>
    <message>
        <source>Comment:</source>
        <translation>Comentario:</translation>
    </message>
    <message>
        <source>Accept Earlier Decision</source>
        <translation>Aceptar la decisión anterior</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>Nothing to undo: no decision was made since the case was opened</source>
        <translation>Nada que deshacer: no se ha tomado ninguna decisión desde que se abrió el caso</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>Nothing to redo</source>
        <translation>Nada que rehacer</translation>
    </message>
    <message>
        <source>Add to &amp;Plan</source>
        <translation>Añadir al &amp;plan</translation>
    </message>
    <message>
        <source>&amp;Therapy...</source>
        <translation>&amp;Tratamiento...</translation>
    </message>
    <message>
        <source>Clinical t&amp;rial...</source>
        <translation>&amp;Ensayo clínico...</translation>
    </message>
    <message>
        <source>Further &amp;diagnostics...</source>
        <translation>Otros estudios &amp;diagnósticos...</translation>
    </message>
    <message>
        <source>Save the case to the case database to build the board&apos;s plan</source>
        <translation>Guarde el caso en la base de datos de casos para elaborar el plan del comité</translation>
    </message>
    <message>
        <source>Mark &amp;Preliminary...</source>
        <translation>Marcar como pre&amp;liminar...</translation>
    </message>
    <message>
        <source>Sign &amp;Final...</source>
        <translation>Firmar como de&amp;finitivo...</translation>
    </message>
    <message>
        <source>A&amp;mend...</source>
        <translation>E&amp;nmendar...</translation>
    </message>
    <message>
        <source>Amend the case</source>
        <translation>Enmendar el caso</translation>
    </message>
    <message>
        <source>The signed version stays as it is; a new draft version with its decisions and plan is made.
Reason for the amendment (required):</source>
        <translation>La versión firmada se mantiene tal cual; se crea una nueva versión en borrador con sus decisiones y su plan.
Motivo de la enmienda (obligatorio):</translation>
    </message>
    <message>
        <source>Verif&amp;y Signatures...</source>
        <translation>Verificar fir&amp;mas...</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Firmas</translation>
    </message>
    <message>
        <source>Every signature of %1 verifies: the case and its report are what was signed.</source>
        <translation>Todas las firmas de %1 son válidas: el caso y su informe son lo que se firmó.</translation>
    </message>
    <message>
        <source>The signatures of %1 do not verify.</source>
        <translation>Las firmas de %1 no son válidas.</translation>
    </message>
    <message>
        <source>Open in &amp;IGV</source>
        <translation>Abrir en &amp;IGV</translation>
    </message>
    <message>
        <source>This alteration has no genomic position</source>
        <translation>Esta alteración no tiene posición genómica</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Find...</source>
        <translation>&amp;Buscar...</translation>
    </message>
    <message>
        <source>&amp;Presentation Mode</source>
        <translation>Modo de &amp;presentación</translation>
    </message>
    <message>
        <source>&amp;Knowledge base</source>
        <translation>Base de &amp;conocimiento</translation>
    </message>
    <message>
        <source>&amp;Releases and local evidence...</source>
        <translation>&amp;Versiones y evidencia local...</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;About OncoBoard</source>
        <translation>&amp;Acerca de OncoBoard</translation>
    </message>
    <message>
        <source>About OncoBoard</source>
        <translation>Acerca de OncoBoard</translation>
    </message>
    <message>
        <source>&lt;h3&gt;OncoBoard %1&lt;/h3&gt;&lt;p&gt;An offline desktop tool for molecular tumor boards.&lt;/p&gt;&lt;p&gt;Licensed under the Apache License 2.0.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Data shipped with OncoBoard&lt;/b&gt;&lt;br&gt;CIViC %2 - Clinical Interpretation of Variants in Cancer (civicdb.org), CC0 1.0; Griffith M et al., Nat Genet 2017;49:170-174.&lt;br&gt;OncoTree %3, Memorial Sloan Kettering Cancer Center, CC BY 4.0.&lt;br&gt;Human Disease Ontology, CC0 1.0. CancerMine gene roles, CC0 1.0. pharmOncoX drug synonyms (NCIt, CC BY 4.0; ChEMBL, CC BY-SA 3.0). Protein lengths from maftools, MIT. Transcript models: MANE v1.0 with UCSC refGene exon structures (public data). Protein sequences from Ensembl, compiled by the protean project, CC BY 4.0.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;OncoBoard %1&lt;/h3&gt;&lt;p&gt;Una herramienta de escritorio sin conexión para el comité de tumores molecular.&lt;/p&gt;&lt;p&gt;Con licencia Apache License 2.0.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Datos incluidos con OncoBoard&lt;/b&gt;&lt;br&gt;CIViC %2 - Clinical Interpretation of Variants in Cancer (civicdb.org), CC0 1.0; Griffith M et al., Nat Genet 2017;49:170-174.&lt;br&gt;OncoTree %3, Memorial Sloan Kettering Cancer Center, CC BY 4.0.&lt;br&gt;Human Disease Ontology, CC0 1.0. Funciones génicas de CancerMine, CC0 1.0. Sinónimos de fármacos de pharmOncoX (NCIt, CC BY 4.0; ChEMBL, CC BY-SA 3.0). Longitudes de proteínas de maftools, MIT. Modelos de transcritos: MANE v1.0 con estructuras exónicas de UCSC refGene (datos públicos). Secuencias proteicas de Ensembl, recopiladas por el proyecto protean, CC BY 4.0.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Caso</translation>
    </message>
    <message>
        <source>Tumor type: </source>
        <translation>Tipo tumoral: </translation>
    </message>
    <message>
        <source>  Genome: </source>
        <translation>  Genoma: </translation>
    </message>
    <message>
        <source>  Panel size: </source>
        <translation>  Tamaño del panel: </translation>
    </message>
    <message>
        <source>An export is running</source>
        <translation>Hay una exportación en curso</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>Exportando</translation>
    </message>
    <message>
        <source>Writing %1...</source>
        <translation>Escribiendo %1...</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>Se escribió %1</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
    <message>
        <source>Case %1, version %2 opened as a draft: it amends version %3</source>
        <translation>Caso %1, versión %2 abierto como borrador: enmienda la versión %3</translation>
    </message>
    <message>
        <source>Open a stored case first</source>
        <translation>Abra primero un caso almacenado</translation>
    </message>
    <message>
        <source>%1: every signature verifies</source>
        <translation>%1: todas las firmas son válidas</translation>
    </message>
    <message>
        <source>%1: the signatures do not verify</source>
        <translation>%1: las firmas no son válidas</translation>
    </message>
    <message>
        <source>Case %1, version %2 signed final</source>
        <translation>Caso %1, versión %2 firmado como definitivo</translation>
    </message>
    <message>
        <source>Case %1, version %2 marked preliminary</source>
        <translation>Caso %1, versión %2 marcado como preliminar</translation>
    </message>
    <message>
        <source>Reference genome</source>
        <translation>Genoma de referencia</translation>
    </message>
    <message>
        <source>No reference genome is set: variants without functional annotation are predicted from the transcript models alone (a protein change only where the data determine it).</source>
        <translation>No hay genoma de referencia definido: las variantes sin anotación funcional se predicen solo a partir de los modelos de transcritos (un cambio proteico solo cuando los datos lo determinan).</translation>
    </message>
    <message>
        <source>Reference genome: %1</source>
        <translation>Genoma de referencia: %1</translation>
    </message>
    <message>
        <source>Choose the FASTA file the variants were called on, indexed with samtools faidx (.fai).</source>
        <translation>Elija el archivo FASTA sobre el que se detectaron las variantes, indexado con samtools faidx (.fai).</translation>
    </message>
    <message>
        <source>Choose FASTA...</source>
        <translation>Elegir FASTA...</translation>
    </message>
    <message>
        <source>Use None</source>
        <translation>No usar ninguno</translation>
    </message>
    <message>
        <source>No reference genome: applies to the files opened next</source>
        <translation>Sin genoma de referencia: se aplica a los archivos que se abran a continuación</translation>
    </message>
    <message>
        <source>Reference genome (indexed FASTA)</source>
        <translation>Genoma de referencia (FASTA indexado)</translation>
    </message>
    <message>
        <source>FASTA (*.fa *.fasta *.fna *.fa.gz *.fasta.gz *.fna.gz);;All files (*)</source>
        <translation>FASTA (*.fa *.fasta *.fna *.fa.gz *.fasta.gz *.fna.gz);;Todos los archivos (*)</translation>
    </message>
    <message numerus="yes">
        <source>Reference genome %1 (%n sequence(s)): applies to the files opened next</source>
        <translation>
            <numerusform>Genoma de referencia %1 (%n secuencia): se aplica a los archivos que se abran a continuación</numerusform>
            <numerusform>Genoma de referencia %1 (%n secuencias): se aplica a los archivos que se abran a continuación</numerusform>
        </translation>
    </message>
    <message>
        <source>Open a case database first (File &gt; Open Case Database)</source>
        <translation>Abra primero una base de datos de casos (Archivo &gt; Abrir base de datos de casos)</translation>
    </message>
    <message>
        <source>Case %1 is already in the database</source>
        <translation>El caso %1 ya está en la base de datos</translation>
    </message>
    <message>
        <source>Imported case %1</source>
        <translation>Caso %1 importado</translation>
    </message>
    <message>
        <source>Patient pseudonym taken</source>
        <translation>Seudónimo de paciente ya en uso</translation>
    </message>
    <message>
        <source>The bundle&apos;s patient %1 is another person in this case database: a local patient already has that pseudonym.
The two are never merged. Import the bundle&apos;s patient under this pseudonym:</source>
        <translation>El paciente %1 del paquete es otra persona en esta base de datos de casos: un paciente local ya tiene ese seudónimo.
Nunca se fusionan. Importar el paciente del paquete con este seudónimo:</translation>
    </message>
    <message>
        <source>Not imported: the bundle&apos;s patient needs a pseudonym of its own here</source>
        <translation>No importado: el paciente del paquete necesita aquí un seudónimo propio</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>No importado</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Configuración</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>As the system (%1)</source>
        <translation>Como el sistema (%1)</translation>
    </message>
    <message>
        <source>&amp;Welcome Page</source>
        <translation>Página de &amp;bienvenida</translation>
    </message>
    <message>
        <source>Case bundles (*.oncoboard-case);;All files (*)</source>
        <translation>Paquetes de caso (*.oncoboard-case);;Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>onco::MatchClass</name>
    <message>
        <source>exact</source>
        <translation>exacta</translation>
    </message>
    <message>
        <source>codon</source>
        <translation>codón</translation>
    </message>
    <message>
        <source>range</source>
        <translation>intervalo</translation>
    </message>
    <message>
        <source>exon</source>
        <translation>exón</translation>
    </message>
    <message>
        <source>category</source>
        <translation>categoría</translation>
    </message>
</context>
<context>
    <name>onco::Matcher</name>
    <message>
        <source>%1 %2 is oncogenic in %3 %4</source>
        <translation>%1 %2 es oncogénica en %3 %4</translation>
    </message>
    <message>
        <source>%1 = %2 variant %3 &quot;%4&quot; (%5)</source>
        <translation>%1 = variante %3 de %2 &quot;%4&quot; (%5)</translation>
    </message>
    <message>
        <source>frameshift from the same residue: %1</source>
        <translation>desplazamiento del marco de lectura desde el mismo residuo: %1</translation>
    </message>
    <message>
        <source>same residue, %1</source>
        <translation>mismo residuo, %1</translation>
    </message>
    <message>
        <source>within the residue range: %1</source>
        <translation>dentro del intervalo de residuos: %1</translation>
    </message>
    <message>
        <source>exon %1 from the input&apos;s annotation</source>
        <translation>exón %1 según la anotación de la entrada</translation>
    </message>
    <message>
        <source>exon %1 of %2</source>
        <translation>exón %1 de %2</translation>
    </message>
    <message>
        <source>in-frame deletion %1, %2</source>
        <translation>deleción en marco %1, %2</translation>
    </message>
    <message>
        <source>in-frame insertion %1, %2</source>
        <translation>inserción en marco %1, %2</translation>
    </message>
    <message>
        <source>frameshift %1, %2</source>
        <translation>desplazamiento del marco de lectura %1, %2</translation>
    </message>
    <message>
        <source>protein-altering %1, %2</source>
        <translation>variante con cambio proteico %1, %2</translation>
    </message>
    <message>
        <source>the named event %1 %2</source>
        <translation>el evento designado %1 %2</translation>
    </message>
    <message>
        <source>splice-site variant %1 at exon %2 (exon %3, intron %4 from the annotation)</source>
        <translation>variante de sitio de splicing %1 en el exón %2 (exón %3, intrón %4 según la anotación)</translation>
    </message>
    <message>
        <source>splice-site variant %1 at exon %2 (%3)</source>
        <translation>variante de sitio de splicing %1 en el exón %2 (%3)</translation>
    </message>
    <message>
        <source>truncating %1 in a tumor suppressor (CancerMine: %2), a functional member</source>
        <translation>variante truncante %1 en un gen supresor de tumores (CancerMine: %2), un miembro funcional</translation>
    </message>
    <message>
        <source>protein-altering %1, a documented change: %2</source>
        <translation>variante con cambio proteico %1, un cambio documentado: %2</translation>
    </message>
    <message>
        <source>protein-altering %1, but of unknown significance: neither truncating in a tumor suppressor nor a change or residue a knowledge base documents, so the class evidence does not apply to it</source>
        <translation>variante con cambio proteico %1, pero de significado incierto: no es truncante en un gen supresor de tumores ni un cambio o residuo documentado en una base de conocimiento, por lo que la evidencia de clase no se le aplica</translation>
    </message>
    <message>
        <source>truncating %1 in a tumor suppressor (CancerMine)</source>
        <translation>variante truncante %1 en un gen supresor de tumores (CancerMine)</translation>
    </message>
    <message>
        <source>%1, a documented change: %2</source>
        <translation>%1, un cambio documentado: %2</translation>
    </message>
    <message>
        <source>truncating %1 in a tumor suppressor (CancerMine: %2)</source>
        <translation>variante truncante %1 en un gen supresor de tumores (CancerMine: %2)</translation>
    </message>
    <message>
        <source>deep deletion of a tumor suppressor (CancerMine: %1)</source>
        <translation>deleción profunda de un gen supresor de tumores (CancerMine: %1)</translation>
    </message>
    <message>
        <source>truncating variant %1</source>
        <translation>variante truncante %1</translation>
    </message>
    <message>
        <source>frameshift %1</source>
        <translation>desplazamiento del marco de lectura %1</translation>
    </message>
    <message>
        <source>%1 amplification in the copy-number data</source>
        <translation>amplificación de %1 en los datos de número de copias</translation>
    </message>
    <message>
        <source>%1 deep deletion in the copy-number data</source>
        <translation>deleción profunda de %1 en los datos de número de copias</translation>
    </message>
    <message>
        <source>%1 in the copy-number data</source>
        <translation>%1 en los datos de número de copias</translation>
    </message>
    <message>
        <source>%1 %2 upstream of the gene</source>
        <translation>%1 %2 aguas arriba del gen</translation>
    </message>
    <message>
        <source>the named event %1 ITD</source>
        <translation>el evento designado %1 ITD</translation>
    </message>
    <message>
        <source>the named event %1 ITD, an in-frame insertion of %2 bases</source>
        <translation>el evento designado %1 ITD, una inserción en marco de %2 bases</translation>
    </message>
    <message>
        <source>tandem duplication of %1 bases (%2 codons) in %3%4</source>
        <translation>duplicación en tándem de %1 bases (%2 codones) en %3%4</translation>
    </message>
    <message>
        <source>, exon %1</source>
        <translation>, exón %1</translation>
    </message>
    <message>
        <source>in-frame insertion or duplication %1</source>
        <translation>inserción o duplicación en marco %1</translation>
    </message>
    <message>
        <source>insertion of %1 bases (%2 codons) %3, annotated %4</source>
        <translation>inserción de %1 bases (%2 codones) %3, anotada como %4</translation>
    </message>
    <message>
        <source> (orientation inferred: the input gives none)</source>
        <translation> (orientación inferida: la entrada no indica ninguna)</translation>
    </message>
    <message>
        <source> (orientation unknown: the input gives none)</source>
        <translation> (orientación desconocida: la entrada no indica ninguna)</translation>
    </message>
    <message>
        <source>fusion %1 involves %2</source>
        <translation>la fusión %1 implica a %2</translation>
    </message>
    <message>
        <source>same fusion partners %1</source>
        <translation>mismos genes de fusión %1</translation>
    </message>
    <message>
        <source>same partners in the other order (%1 as reported)</source>
        <translation>mismos genes de fusión en el orden inverso (%1 según lo notificado)</translation>
    </message>
    <message>
        <source>fusion %1 with %2 as 3&apos; partner</source>
        <translation>fusión %1 con %2 como gen 3&apos;</translation>
    </message>
    <message>
        <source>fusion %1 with %2 as 5&apos; partner</source>
        <translation>fusión %1 con %2 como gen 5&apos;</translation>
    </message>
    <message>
        <source>%1 (%2 %3)</source>
        <translation>%1 (%2 %3)</translation>
    </message>
    <message>
        <source>same gene and protein change: %1 %2 = %3 variant %4 &quot;%5&quot;</source>
        <translation>mismo gen y mismo cambio proteico: %1 %2 = variante %4 de %3 &quot;%5&quot;</translation>
    </message>
    <message>
        <source>same GRCh37 allele: %1:%2 %3&gt;%4%5 = %6 variant %7 &quot;%8&quot;</source>
        <translation>mismo alelo GRCh37: %1:%2 %3&gt;%4%5 = variante %7 de %6 &quot;%8&quot;</translation>
    </message>
    <message>
        <source> (lifted from GRCh38 %1:%2)</source>
        <translation> (convertido desde GRCh38 %1:%2)</translation>
    </message>
    <message>
        <source>annotation canceled</source>
        <translation>anotación cancelada</translation>
    </message>
    <message>
        <source>; profile &quot;%1&quot; holds: %2</source>
        <translation>; el perfil &quot;%1&quot; contiene: %2</translation>
    </message>
</context>
<context>
    <name>onco::MeetingMinutes</name>
    <message>
        <source>tumor type not given</source>
        <translation>tipo tumoral no indicado</translation>
    </message>
    <message>
        <source>Therapy</source>
        <translation>Tratamiento</translation>
    </message>
    <message>
        <source>Clinical trial</source>
        <translation>Ensayo clínico</translation>
    </message>
    <message>
        <source>Further diagnostics</source>
        <translation>Otros estudios diagnósticos</translation>
    </message>
    <message>
        <source> for %1</source>
        <translation> para %1</translation>
    </message>
    <message>
        <source>Rests on %1.</source>
        <translation>Basado en %1.</translation>
    </message>
    <message>
        <source>Trials: %1.</source>
        <translation>Ensayos: %1.</translation>
    </message>
    <message>
        <source>Tumor board minutes</source>
        <translation>Acta del comité de tumores</translation>
    </message>
    <message>
        <source>Tumor board minutes: %1</source>
        <translation>Acta del comité de tumores: %1</translation>
    </message>
    <message>
        <source>Meeting %1 held on %2. Cases on the agenda: %3.</source>
        <translation>Sesión %1 celebrada el %2. Casos en el orden del día: %3.</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <source>No participant was recorded.</source>
        <translation>No se registró ningún participante.</translation>
    </message>
    <message>
        <source>%1. Patient %2, case %3 (version %4): %5</source>
        <translation>%1. Paciente %2, caso %3 (versión %4): %5</translation>
    </message>
    <message>
        <source>Presented by %1. State of the case: %2.</source>
        <translation>Presentado por %1. Estado del caso: %2.</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>(no registrado)</translation>
    </message>
    <message>
        <source>Question to the board</source>
        <translation>Pregunta al comité</translation>
    </message>
    <message>
        <source>No question was recorded.</source>
        <translation>No se registró ninguna pregunta.</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Recomendación</translation>
    </message>
    <message>
        <source>The board recorded no recommendation for this case.</source>
        <translation>El comité no registró ninguna recomendación para este caso.</translation>
    </message>
    <message>
        <source>Conclusion</source>
        <translation>Conclusión</translation>
    </message>
    <message>
        <source>%1
(recorded in the meeting by %2, %3)</source>
        <translation>%1
(registrada en la sesión por %2, %3)</translation>
    </message>
    <message>
        <source>%1
(the plan&apos;s conclusion; the meeting recorded none)</source>
        <translation>%1
(conclusión del plan; la sesión no registró ninguna)</translation>
    </message>
    <message>
        <source>No conclusion was recorded.</source>
        <translation>No se registró ninguna conclusión.</translation>
    </message>
    <message>
        <source>Follow-up: %1</source>
        <translation>Seguimiento: %1</translation>
    </message>
    <message>
        <source>none set</source>
        <translation>no establecido</translation>
    </message>
    <message>
        <source>Signed %1 by %2 on %3.</source>
        <translation>Firmado como %1 por %2 el %3.</translation>
    </message>
    <message>
        <source>Not signed: the case is a draft.</source>
        <translation>Sin firmar: el caso es un borrador.</translation>
    </message>
    <message>
        <source>The recommendations are the board&apos;s plan items as recorded in the case database, with the evidence they rest on; each case&apos;s signed summary holds its findings.</source>
        <translation>Las recomendaciones son los elementos del plan del comité tal como constan en la base de datos de casos, con la evidencia en la que se basan; el resumen firmado de cada caso recoge sus hallazgos.</translation>
    </message>
    <message>
        <source>cannot start the PDF</source>
        <translation>no se puede iniciar el PDF</translation>
    </message>
    <message>
        <source>OncoBoard tumor board minutes</source>
        <translation>Acta del comité de tumores de OncoBoard</translation>
    </message>
    <message>
        <source>%1 - OncoBoard tumor board minutes</source>
        <translation>%1 - Acta del comité de tumores de OncoBoard</translation>
    </message>
    <message>
        <source>Meeting of %1</source>
        <translation>Sesión del %1</translation>
    </message>
    <message>
        <source>Made %1</source>
        <translation>Generado el %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <source>writing the PDF failed</source>
        <translation>error al escribir el PDF</translation>
    </message>
</context>
<context>
    <name>onco::MeetingsPanel</name>
    <message>
        <source>New Meeting…</source>
        <translation>Nueva sesión…</translation>
    </message>
    <message>
        <source>Add Open Case…</source>
        <translation>Añadir el caso abierto…</translation>
    </message>
    <message>
        <source>Record Conclusion…</source>
        <translation>Registrar conclusión…</translation>
    </message>
    <message>
        <source>Minutes PDF…</source>
        <translation>Acta en PDF…</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Presentar</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Caso</translation>
    </message>
    <message>
        <source>Tumor type</source>
        <translation>Tipo tumoral</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Presenter</source>
        <translation>Ponente</translation>
    </message>
    <message>
        <source>Question to the board</source>
        <translation>Pregunta al comité</translation>
    </message>
    <message>
        <source>Conclusion</source>
        <translation>Conclusión</translation>
    </message>
    <message>
        <source>Drag a case to change the order in which it is presented; double-click to open it.</source>
        <translation>Arrastre un caso para cambiar el orden en que se presenta; haga doble clic para abrirlo.</translation>
    </message>
    <message>
        <source>Present the agenda full screen: Page Down and Page Up move between its cases</source>
        <translation>Presentar el orden del día a pantalla completa: Av Pág y Re Pág recorren sus casos</translation>
    </message>
    <message>
        <source>%1 (meeting %2)</source>
        <translation>%1 (sesión %2)</translation>
    </message>
    <message>
        <source>%1 - %2</source>
        <translation>%1 - %2</translation>
    </message>
    <message>
        <source>No meeting yet: plan one with New Meeting.</source>
        <translation>Aún no hay sesiones: planifique una con Nueva sesión.</translation>
    </message>
    <message>
        <source>Open a case database to plan meetings.</source>
        <translation>Abra una base de datos de casos para planificar sesiones.</translation>
    </message>
    <message>
        <source>Participants: none recorded</source>
        <translation>Participantes: ninguno registrado</translation>
    </message>
    <message>
        <source>Participants: %1</source>
        <translation>Participantes: %1</translation>
    </message>
    <message>
        <source>%1 v%2</source>
        <translation>%1 v%2</translation>
    </message>
    <message>
        <source>No conclusion recorded yet</source>
        <translation>Aún no se ha registrado ninguna conclusión</translation>
    </message>
    <message>
        <source>Recorded by %1, %2</source>
        <translation>Registrada por %1, %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>New Board Meeting</source>
        <translation>Nueva sesión del comité</translation>
    </message>
    <message>
        <source>Molecular tumor board</source>
        <translation>Comité de tumores molecular</translation>
    </message>
    <message>
        <source>One per line: Dr. A. Example (oncologist)</source>
        <translation>Uno por línea: Dra. A. Ejemplo (oncóloga)</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Fecha:</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Título:</translation>
    </message>
    <message>
        <source>Participants:</source>
        <translation>Participantes:</translation>
    </message>
    <message>
        <source>Add Open Case</source>
        <translation>Añadir el caso abierto</translation>
    </message>
    <message>
        <source>Question to the board (optional):</source>
        <translation>Pregunta al comité (opcional):</translation>
    </message>
    <message>
        <source>Record Conclusion</source>
        <translation>Registrar conclusión</translation>
    </message>
    <message>
        <source>What the board concluded on %1:</source>
        <translation>Conclusión del comité sobre %1:</translation>
    </message>
    <message>
        <source>Save Minutes</source>
        <translation>Guardar acta</translation>
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
        <translation>Acta guardada en %1</translation>
    </message>
</context>
<context>
    <name>onco::MoalmanacImporter</name>
    <message>
        <source>cannot start gzip decompression</source>
        <translation>no se puede iniciar la descompresión gzip</translation>
    </message>
    <message>
        <source>the gzip data is damaged</source>
        <translation>los datos gzip están dañados</translation>
    </message>
    <message>
        <source>microsatellite status &apos;%1&apos; is not MSI-High</source>
        <translation>el estado de microsatélites &apos;%1&apos; no es MSI-High</translation>
    </message>
    <message>
        <source>mutational burden &apos;%1&apos; is not High</source>
        <translation>la carga mutacional &apos;%1&apos; no es High</translation>
    </message>
    <message>
        <source>a %1 feature is not measured by the case data</source>
        <translation>los datos del caso no miden una característica de tipo %1</translation>
    </message>
    <message>
        <source>no gene or alteration</source>
        <translation>sin gen ni alteración</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>no existe ese archivo</translation>
    </message>
    <message>
        <source>not JSON: %1 at byte %2</source>
        <translation>no es JSON: %1 en el byte %2</translation>
    </message>
    <message>
        <source>not a Molecular Oncology Almanac file: a JSON list of assertions with feature_type and predictive_implication</source>
        <translation>no es un archivo de Molecular Oncology Almanac: una lista JSON de aserciones con feature_type y predictive_implication</translation>
    </message>
    <message>
        <source>deprecated assertion; skipped</source>
        <translation>aserción obsoleta; omitida</translation>
    </message>
    <message>
        <source>; skipped</source>
        <translation>; omitida</translation>
    </message>
    <message>
        <source>predictive implication &apos;%1&apos; is not known; skipped</source>
        <translation>implicación predictiva &apos;%1&apos; desconocida; omitida</translation>
    </message>
    <message>
        <source>no sensitivity, resistance, prognosis or adverse-event risk; skipped</source>
        <translation>sin sensibilidad, resistencia, pronóstico ni riesgo de efectos adversos; omitida</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an OncoTree %2 code; the disease is related by name</source>
        <translation>&apos;%1&apos; no es un código %2 de OncoTree; la enfermedad se relaciona por nombre</translation>
    </message>
</context>
<context>
    <name>onco::MutationBurden</name>
    <message>
        <source>the assay&apos;s coding territory is not known: give its size (--panel-size MB, or the case&apos;s assay field, e.g. &quot;TSO500, 1.94 Mb&quot;)</source>
        <translation>no se conoce el territorio codificante de la prueba: indique su tamaño (--panel-size MB, o el campo assay del caso, p. ej. &quot;TSO500, 1.94 Mb&quot;)</translation>
    </message>
    <message>
        <source>the case has no small variants of the tumor sample to count</source>
        <translation>el caso no tiene variantes pequeñas de la muestra tumoral que contar</translation>
    </message>
    <message>
        <source>%1 of %2 small variants carry no consequence annotation (VEP CSQ, SnpEff ANN, BCSQ or a MAF&apos;s Variant_Classification): coding and non-synonymous cannot be told, so no burden is stated</source>
        <translation>%1 de %2 variantes pequeñas no tienen anotación de consecuencia (VEP CSQ, SnpEff ANN, BCSQ o Variant_Classification de un MAF): no se puede determinar si son codificantes y no sinónimas, por lo que no se indica ninguna carga</translation>
    </message>
    <message>
        <source>failed the caller&apos;s filters</source>
        <translation>no superó los filtros del programa de llamada de variantes</translation>
    </message>
    <message>
        <source>no consequence annotation</source>
        <translation>sin anotación de consecuencia</translation>
    </message>
    <message>
        <source>coding changes whose effect on the protein OncoBoard could not tell without the reference genome (missense or synonymous)</source>
        <translation>cambios codificantes cuyo efecto en la proteína OncoBoard no pudo determinar sin el genoma de referencia (sentido erróneo o sinónimo)</translation>
    </message>
    <message>
        <source>synonymous, non-coding or splice region</source>
        <translation>sinónima, no codificante o de región de splicing</translation>
    </message>
    <message>
        <source>tumor VAF below 5 %</source>
        <translation>VAF tumoral inferior al 5 %</translation>
    </message>
    <message>
        <source>present in the matched normal</source>
        <translation>presente en la muestra normal pareada</translation>
    </message>
    <message>
        <source>common in the population (AF &gt;= 1 %)</source>
        <translation>frecuente en la población (AF &gt;= 1 %)</translation>
    </message>
    <message>
        <source>estimated by OncoBoard: %1 coding non-synonymous SNVs and indels (PASS, tumor VAF &gt;= 5 %, not in the matched normal, not common in the population) / %2 Mb</source>
        <translation>estimada por OncoBoard: %1 SNV e indels codificantes no sinónimos (PASS, VAF tumoral &gt;= 5 %, ausentes en la muestra normal pareada, no frecuentes en la población) / %2 Mb</translation>
    </message>
    <message numerus="yes">
        <source>; %n counted without a VAF to check</source>
        <translation>
            <numerusform>; %n contada sin VAF que comprobar</numerusform>
            <numerusform>; %n contadas sin VAF que comprobar</numerusform>
        </translation>
    </message>
    <message>
        <source>no matched normal is named in the inputs: if the calls are tumor-only, germline variants absent from the small population set are counted and inflate it</source>
        <translation>las entradas no nombran ninguna muestra normal pareada: si las llamadas son solo del tumor, se cuentan las variantes germinales ausentes del pequeño conjunto poblacional, lo que infla la carga</translation>
    </message>
    <message>
        <source>a territory of %1 Mb is under 1 Mb: too few mutations to estimate a burden</source>
        <translation>un territorio de %1 Mb es inferior a 1 Mb: demasiado pocas mutaciones para estimar una carga</translation>
    </message>
    <message numerus="yes">
        <source>%n coding change(s) of the unannotated input could be synonymous or missense without the reference genome and are not counted: the burden is a lower bound</source>
        <translation>
            <numerusform>%n cambio codificante de la entrada sin anotar podría ser sinónimo o de sentido erróneo sin el genoma de referencia y no se cuenta: la carga es un límite inferior</numerusform>
            <numerusform>%n cambios codificantes de la entrada sin anotar podrían ser sinónimos o de sentido erróneo sin el genoma de referencia y no se cuentan: la carga es un límite inferior</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>onco::OncoKbImporter</name>
    <message>
        <source>not an OncoKB allActionableVariants or allAnnotatedVariants file: the header needs Hugo Symbol (or Gene), Alteration, and either Cancer Type and Level or Oncogenicity</source>
        <translation>no es un archivo allActionableVariants ni allAnnotatedVariants de OncoKB: la cabecera necesita Hugo Symbol (o Gene), Alteration y, o bien Cancer Type y Level, o bien Oncogenicity</translation>
    </message>
    <message>
        <source>no gene or alteration; row skipped</source>
        <translation>sin gen ni alteración; fila omitida</translation>
    </message>
    <message>
        <source>unknown OncoKB level &apos;%1&apos;; row skipped</source>
        <translation>nivel de OncoKB desconocido &apos;%1&apos;; fila omitida</translation>
    </message>
    <message>
        <source>cancer type &apos;%1&apos; is not an OncoTree %2 name</source>
        <translation>el tipo de cáncer &apos;%1&apos; no es un nombre %2 de OncoTree</translation>
    </message>
    <message>
        <source>OncoKB level %1: %2 %3 in %4</source>
        <translation>OncoKB nivel %1: %2 %3 en %4</translation>
    </message>
    <message>
        <source>OncoKB level %1 (%2): %3 %4 in %5</source>
        <translation>OncoKB nivel %1 (%2): %3 %4 en %5</translation>
    </message>
    <message>
        <source>level %1 without a drug</source>
        <translation>nivel %1 sin fármaco</translation>
    </message>
    <message>
        <source>no oncogenicity; row skipped</source>
        <translation>sin oncogenicidad; fila omitida</translation>
    </message>
    <message>
        <source>OncoKB: %1</source>
        <translation>OncoKB: %1</translation>
    </message>
    <message>
        <source>OncoKB: %1; mutation effect: %2</source>
        <translation>OncoKB: %1; efecto de la mutación: %2</translation>
    </message>
    <message>
        <source>no OncoKB file given</source>
        <translation>no se indicó ningún archivo de OncoKB</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>no existe ese archivo</translation>
    </message>
    <message numerus="yes">
        <source>none of the rows is usable (%n warning(s)): no release is made</source>
        <translation>
            <numerusform>ninguna fila es utilizable (%n advertencia): no se crea ninguna versión</numerusform>
            <numerusform>ninguna fila es utilizable (%n advertencias): no se crea ninguna versión</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>onco::OncoTree</name>
    <message>
        <source>not an OncoTree tree: no TISSUE root</source>
        <translation>no es un árbol OncoTree: no hay raíz TISSUE</translation>
    </message>
</context>
<context>
    <name>onco::OutputFile</name>
    <message>
        <source>refused: this is %1, which the run reads; choose another output file</source>
        <translation>rechazado: esto es %1, que la ejecución lee; elija otro archivo de salida</translation>
    </message>
</context>
<context>
    <name>onco::PatientIdentityDialog</name>
    <message>
        <source>Identifiers of %1</source>
        <translation>Identificadores de %1</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-DD</translation>
    </message>
    <message>
        <source>The case database keeps the patient&apos;s identifiers sealed; reports and bundles carry the pseudonym %1 unless identifiers are asked for.</source>
        <translation>La base de datos de casos guarda sellados los identificadores del paciente; los informes y paquetes llevan el seudónimo %1, salvo que se soliciten los identificadores.</translation>
    </message>
    <message>
        <source>This database has no passphrase yet: the one you choose now seals every patient&apos;s identifiers. Keep it safe; without it they cannot be read, on this machine or any other.</source>
        <translation>Esta base de datos aún no tiene frase de contraseña: la que elija ahora sellará los identificadores de todos los pacientes. Guárdela en lugar seguro; sin ella no podrán leerse, ni en este equipo ni en ningún otro.</translation>
    </message>
    <message>
        <source>Give the case database&apos;s passphrase to read or change them.</source>
        <translation>Introduzca la frase de contraseña de la base de datos de casos para leerlos o modificarlos.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Birth date:</source>
        <translation>&amp;Fecha de nacimiento:</translation>
    </message>
    <message>
        <source>&amp;Record number:</source>
        <translation>Número de &amp;historia clínica:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>Frase de &amp;contraseña:</translation>
    </message>
    <message>
        <source>R&amp;epeat passphrase:</source>
        <translation>R&amp;epetir frase de contraseña:</translation>
    </message>
    <message>
        <source>Give the passphrase.</source>
        <translation>Introduzca la frase de contraseña.</translation>
    </message>
    <message>
        <source>Choose a passphrase of at least 12 characters.</source>
        <translation>Elija una frase de contraseña de al menos 12 caracteres.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Las dos frases de contraseña no coinciden.</translation>
    </message>
    <message>
        <source>The birth date is a date, YYYY-MM-DD.</source>
        <translation>La fecha de nacimiento debe ser una fecha con formato AAAA-MM-DD.</translation>
    </message>
</context>
<context>
    <name>onco::PatientSummary</name>
    <message>
        <source>Extra copies of the %1 gene. The tumor has more copies of this gene than normal cells.</source>
        <translation>Copias extra del gen %1. El tumor tiene más copias de este gen que las células normales.</translation>
    </message>
    <message>
        <source>A loss of the %1 gene. The tumor has lost one or both copies of this gene.</source>
        <translation>Una pérdida del gen %1. El tumor ha perdido una o las dos copias de este gen.</translation>
    </message>
    <message>
        <source>A change in the number of copies of the %1 gene.</source>
        <translation>Un cambio en el número de copias del gen %1.</translation>
    </message>
    <message>
        <source>Two genes joined together: %1 and %2. Such a joined gene is called a fusion.</source>
        <translation>Dos genes unidos: %1 y %2. Un gen unido de esta forma se llama fusión.</translation>
    </message>
    <message>
        <source>The %1 gene joined to another gene. Such a joined gene is called a fusion.</source>
        <translation>El gen %1 unido a otro gen. Un gen unido de esta forma se llama fusión.</translation>
    </message>
    <message>
        <source>Many changes in the DNA of the tumor as a whole. Doctors call this a high tumor mutational burden.</source>
        <translation>Muchos cambios en el ADN del tumor en su conjunto. Los médicos lo llaman carga mutacional tumoral alta.</translation>
    </message>
    <message>
        <source>A weak spot in how the tumor repairs its DNA. Doctors call this microsatellite instability.</source>
        <translation>Un punto débil en la forma en que el tumor repara su ADN. Los médicos lo llaman inestabilidad de microsatélites.</translation>
    </message>
    <message>
        <source>A feature of the tumor as a whole (%1).</source>
        <translation>Una característica del tumor en su conjunto (%1).</translation>
    </message>
    <message>
        <source>A large change in the %1 gene.</source>
        <translation>Un cambio grande en el gen %1.</translation>
    </message>
    <message>
        <source>A change in the DNA of the tumor.</source>
        <translation>Un cambio en el ADN del tumor.</translation>
    </message>
    <message>
        <source>A change in the %1 gene.</source>
        <translation>Un cambio en el gen %1.</translation>
    </message>
    <message>
        <source>A change in the %1 gene, called %2.</source>
        <translation>Un cambio en el gen %1, llamado %2.</translation>
    </message>
    <message>
        <source>Strong studies in many patients support this.</source>
        <translation>Lo respaldan estudios sólidos con muchos pacientes.</translation>
    </message>
    <message>
        <source>Studies in patients support this.</source>
        <translation>Lo respaldan estudios con pacientes.</translation>
    </message>
    <message>
        <source>Reports on a small number of patients support this.</source>
        <translation>Lo respaldan informes sobre un número pequeño de pacientes.</translation>
    </message>
    <message>
        <source>So far this rests on laboratory studies.</source>
        <translation>Por ahora se basa en estudios de laboratorio.</translation>
    </message>
    <message>
        <source>So far this rests on indirect evidence.</source>
        <translation>Por ahora se basa en pruebas indirectas.</translation>
    </message>
    <message>
        <source>%1, followed by %2</source>
        <translation>%1, seguido de %2</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 o %2</translation>
    </message>
    <message>
        <source>%1 together with %2</source>
        <translation>%1 junto con %2</translation>
    </message>
    <message>
        <source>a patient summary is made from a stored case the board signed</source>
        <translation>un resumen para el paciente se genera a partir de un caso almacenado que el comité ha firmado</translation>
    </message>
    <message>
        <source>case %1 is a draft: a patient summary is made from a case signed preliminary or final</source>
        <translation>el caso %1 es un borrador: un resumen para el paciente se genera a partir de un caso firmado como preliminar o definitivo</translation>
    </message>
    <message>
        <source>Your tumor test results</source>
        <translation>Los resultados de la prueba de su tumor</translation>
    </message>
    <message>
        <source>This letter explains the results of the genetic test of your tumor. It also says what the tumor board recommends. A tumor board is a meeting of doctors from different fields. They look at each patient&apos;s results together.</source>
        <translation>Esta carta le explica los resultados de la prueba genética de su tumor. También le dice lo que recomienda el comité de tumores. Un comité de tumores es una reunión de médicos de distintas especialidades. Juntos revisan los resultados de cada paciente.</translation>
    </message>
    <message>
        <source>What was tested</source>
        <translation>Qué se analizó</translation>
    </message>
    <message>
        <source>We tested a sample of your tumor.</source>
        <translation>Analizamos una muestra de su tumor.</translation>
    </message>
    <message>
        <source>In the laboratory, we read its DNA. DNA holds the instructions that tell each cell what to do. A gene is one such instruction. Some changes in genes can make a tumor grow.</source>
        <translation>En el laboratorio leímos su ADN. El ADN contiene las instrucciones que le dicen a cada célula lo que tiene que hacer. Un gen es una de esas instrucciones. Algunos cambios en los genes pueden hacer que un tumor crezca.</translation>
    </message>
    <message>
        <source>We also tested a sample of your healthy cells, such as blood. This shows which changes are only in the tumor, and which ones you were born with.</source>
        <translation>También analizamos una muestra de sus células sanas, por ejemplo de la sangre. Así se ve qué cambios están solo en el tumor y con cuáles nació usted.</translation>
    </message>
    <message>
        <source>Only the tumor was tested, not your healthy cells. So a change we found may also be in your healthy cells. If the board thinks a change may be inherited, this letter says so.</source>
        <translation>Solo se analizó el tumor, no sus células sanas. Por eso, un cambio que hayamos encontrado también podría estar en sus células sanas. Si el comité cree que un cambio puede ser hereditario, esta carta lo indica.</translation>
    </message>
    <message>
        <source>What we found that matters for your treatment</source>
        <translation>Lo que encontramos que importa para su tratamiento</translation>
    </message>
    <message>
        <source>The test found no change that points to a medicine for your kind of tumor. This is a common result. Your doctors will talk with you about the treatment options.</source>
        <translation>La prueba no encontró ningún cambio que indique un medicamento para su tipo de tumor. Es un resultado frecuente. Sus médicos hablarán con usted sobre las opciones de tratamiento.</translation>
    </message>
    <message>
        <source>The test found these changes in the tumor:</source>
        <translation>La prueba encontró estos cambios en el tumor:</translation>
    </message>
    <message>
        <source>The full report for your doctors lists %1 more.</source>
        <translation>El informe completo para sus médicos incluye %1 más.</translation>
    </message>
    <message>
        <source>What the board recommends</source>
        <translation>Lo que recomienda el comité</translation>
    </message>
    <message>
        <source>Treatment with %1.</source>
        <translation>Tratamiento con %1.</translation>
    </message>
    <message>
        <source>This treatment acts on the change in the %1 gene.</source>
        <translation>Este tratamiento actúa sobre el cambio en el gen %1.</translation>
    </message>
    <message>
        <source>Ask about a clinical trial: %1.</source>
        <translation>Pregunte por un ensayo clínico: %1.</translation>
    </message>
    <message>
        <source>A clinical trial is a research study. It tests a new treatment in patients who agree to take part.</source>
        <translation>Un ensayo clínico es un estudio de investigación. En él se prueba un tratamiento nuevo en pacientes que aceptan participar.</translation>
    </message>
    <message>
        <source>Its number in the trial register: %1.</source>
        <translation>Su número en el registro de ensayos: %1.</translation>
    </message>
    <message>
        <source>A further test: %1.</source>
        <translation>Una prueba adicional: %1.</translation>
    </message>
    <message>
        <source>The board did not recommend a treatment based on this test. Your doctors will talk with you about the next steps.</source>
        <translation>El comité no recomendó ningún tratamiento basado en esta prueba. Sus médicos hablarán con usted sobre los próximos pasos.</translation>
    </message>
    <message>
        <source>Your doctors will decide with you whether this treatment is right for you. Your health and your wishes matter as much as the test.</source>
        <translation>Sus médicos decidirán con usted si este tratamiento es adecuado para usted. Su salud y sus deseos importan tanto como la prueba.</translation>
    </message>
    <message>
        <source>The board will look at your results again on %1.</source>
        <translation>El comité volverá a revisar sus resultados el %1.</translation>
    </message>
    <message>
        <source>What this could mean for your family</source>
        <translation>Lo que esto podría significar para su familia</translation>
    </message>
    <message>
        <source>The change in the %1 gene may be inherited. This means you may have been born with it. Then your parents, brothers, sisters or children may have it too. Only a test of your healthy cells can tell.</source>
        <translation>El cambio en el gen %1 puede ser hereditario. Esto significa que usted podría haber nacido con él. En ese caso, sus padres, hermanos, hermanas o hijos también podrían tenerlo. Solo un análisis de sus células sanas puede confirmarlo.</translation>
    </message>
    <message>
        <source>The board recommends that you meet a genetic counselor. This is a specialist for inherited conditions. The counselor explains what a test would mean for you and your family, before any test is done.</source>
        <translation>El comité le recomienda acudir a una consulta de consejo genético. Allí le atiende un especialista en enfermedades hereditarias. Este especialista le explica qué significaría un análisis para usted y su familia, antes de hacer ningún análisis.</translation>
    </message>
    <message>
        <source>Whom to ask</source>
        <translation>A quién preguntar</translation>
    </message>
    <message>
        <source>Please ask your treating doctor about anything in this letter.</source>
        <translation>Pregunte a su médico responsable cualquier duda sobre esta carta.</translation>
    </message>
    <message>
        <source>Please ask %1 about anything in this letter.</source>
        <translation>Pregunte a %1 cualquier duda sobre esta carta.</translation>
    </message>
    <message>
        <source>You can also ask for the full report. It is written for doctors, so ask them to explain it.</source>
        <translation>También puede pedir el informe completo. Está escrito para médicos, así que pídales que se lo expliquen.</translation>
    </message>
    <message>
        <source>The tumor board signed these results on %1.</source>
        <translation>El comité de tumores firmó estos resultados el %1.</translation>
    </message>
    <message>
        <source>the patient summary&apos;s wording needs a title on its first line and some text</source>
        <translation>el texto del resumen para el paciente necesita un título en su primera línea y algo de texto</translation>
    </message>
    <message>
        <source>cannot start the PDF</source>
        <translation>no se puede iniciar el PDF</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <source>writing the PDF failed</source>
        <translation>no se pudo escribir el PDF</translation>
    </message>
    <message>
        <source>%1 · prepared %2%3</source>
        <translation>%1 · preparado el %2%3</translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <extracomment>A date in a letter to the patient, as QDate::toString writes it: &quot;1 February 2027&quot;.</extracomment>
        <translation>d &apos;de&apos; MMMM &apos;de&apos; yyyy</translation>
    </message>
</context>
<context>
    <name>onco::PdfReport</name>
    <message>
        <source>draft</source>
        <translation>borrador</translation>
    </message>
    <message>
        <source>preliminary</source>
        <translation>preliminar</translation>
    </message>
    <message>
        <source>final</source>
        <translation>definitivo</translation>
    </message>
    <message>
        <source>depth %1</source>
        <translation>profundidad %1</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>no indicado</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <source>pseudonym %1</source>
        <translation>seudónimo %1</translation>
    </message>
    <message>
        <source>born %1</source>
        <translation>fecha de nacimiento %1</translation>
    </message>
    <message>
        <source>record %1</source>
        <translation>n.º de historia %1</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identidad</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Caso</translation>
    </message>
    <message>
        <source>%1, version %2%3 (database id %4)</source>
        <translation>%1, versión %2%3 (id en la base de datos %4)</translation>
    </message>
    <message>
        <source>, amends version %1</source>
        <translation>, enmienda la versión %1</translation>
    </message>
    <message>
        <source>Specimen</source>
        <translation>Muestra</translation>
    </message>
    <message>
        <source>Assay</source>
        <translation>Prueba</translation>
    </message>
    <message>
        <source>Tumor type</source>
        <translation>Tipo tumoral</translation>
    </message>
    <message>
        <source>Genome build</source>
        <translation>Ensamblaje del genoma</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>Input files</source>
        <translation>Archivos de entrada</translation>
    </message>
    <message>
        <source>Tumor sample</source>
        <translation>Muestra tumoral</translation>
    </message>
    <message>
        <source>Normal sample</source>
        <translation>Muestra normal</translation>
    </message>
    <message>
        <source>Alterations</source>
        <translation>Alteraciones</translation>
    </message>
    <message>
        <source>Alterations with evidence</source>
        <translation>Alteraciones con evidencia</translation>
    </message>
    <message>
        <source>%1 (%2 evidence items)</source>
        <translation>%1 (%2 elementos de evidencia)</translation>
    </message>
    <message>
        <source>Functional annotation</source>
        <translation>Anotación funcional</translation>
    </message>
    <message>
        <source>Input issues</source>
        <translation>Incidencias de la entrada</translation>
    </message>
    <message>
        <source>1 record skipped</source>
        <translation>1 registro omitido</translation>
    </message>
    <message>
        <source>%L1 records skipped</source>
        <translation>%L1 registros omitidos</translation>
    </message>
    <message>
        <source>1 warning</source>
        <translation>1 advertencia</translation>
    </message>
    <message>
        <source>%L1 warnings</source>
        <translation>%L1 advertencias</translation>
    </message>
    <message>
        <source>Knowledge base</source>
        <translation>Base de conocimiento</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>Generado</translation>
    </message>
    <message>
        <source>on-label</source>
        <translation>en indicación</translation>
    </message>
    <message>
        <source>on-label, broader</source>
        <translation>en indicación, tipo más amplio</translation>
    </message>
    <message>
        <source>on-label, subtype</source>
        <translation>en indicación, subtipo</translation>
    </message>
    <message>
        <source>off-label</source>
        <translation>fuera de indicación</translation>
    </message>
    <message>
        <source>relation unknown</source>
        <translation>relación desconocida</translation>
    </message>
    <message>
        <source>not reviewed</source>
        <translation>no revisado</translation>
    </message>
    <message>
        <source> by %1</source>
        <translation> por %1</translation>
    </message>
    <message>
        <source>Summary of actionable findings</source>
        <translation>Resumen de hallazgos accionables</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>level %1</source>
        <translation>nivel %1</translation>
    </message>
    <message>
        <source>an estimate by OncoBoard, not an assay result: confirm with a validated assay before acting on it</source>
        <translation>una estimación de OncoBoard, no un resultado de la prueba: confírmelo con una prueba validada antes de actuar en consecuencia</translation>
    </message>
    <message>
        <source>Tier %1</source>
        <translation>Tier %1</translation>
    </message>
    <message>
        <source>%1 %2 %3 (%4%5)</source>
        <translation>%1 %2 %3 (%4%5)</translation>
    </message>
    <message>
        <source>Biomarkers: %1</source>
        <translation>Biomarcadores: %1</translation>
    </message>
    <message>
        <source>No actionable finding (AMP tier I or II) in this case.</source>
        <translation>Ningún hallazgo accionable (tier I o II de AMP) en este caso.</translation>
    </message>
    <message>
        <source>Treatment plan of the tumor board</source>
        <translation>Plan terapéutico del comité de tumores</translation>
    </message>
    <message>
        <source>The board has not recorded a plan for this case.</source>
        <translation>El comité no ha registrado ningún plan para este caso.</translation>
    </message>
    <message>
        <source>No plan: this summary was made from an annotation, not from a case of the case database.</source>
        <translation>Sin plan: este resumen se generó a partir de una anotación, no de un caso de la base de datos de casos.</translation>
    </message>
    <message>
        <source>Board meeting %1%2</source>
        <translation>Sesión del comité %1%2</translation>
    </message>
    <message>
        <source>(date not given)</source>
        <translation>(fecha no indicada)</translation>
    </message>
    <message>
        <source>; participants: %1</source>
        <translation>; participantes: %1</translation>
    </message>
    <message>
        <source>Recommended therapies</source>
        <translation>Tratamientos recomendados</translation>
    </message>
    <message>
        <source>Clinical trials</source>
        <translation>Ensayos clínicos</translation>
    </message>
    <message>
        <source>Further diagnostics</source>
        <translation>Pruebas diagnósticas adicionales</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Recomendación</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>Justificación</translation>
    </message>
    <message>
        <source>Evidence, citations, ids</source>
        <translation>Evidencia, citas, ids</translation>
    </message>
    <message>
        <source>Follow-up: %1</source>
        <translation>Seguimiento: %1</translation>
    </message>
    <message>
        <source>Conclusion of the board</source>
        <translation>Conclusión del comité</translation>
    </message>
    <message>
        <source>referred for germline testing by %1</source>
        <translation>derivado a estudio germinal por %1</translation>
    </message>
    <message>
        <source>Germline and clonal hematopoiesis notes</source>
        <translation>Notas sobre variantes germinales y hematopoyesis clonal</translation>
    </message>
    <message>
        <source>A possible germline variant needs confirmation in normal tissue and genetic counselling; a possible CHIP variant may not come from the tumor.</source>
        <translation>Una posible variante germinal requiere confirmación en tejido normal y consejo genético; una posible variante CHIP puede no proceder del tumor.</translation>
    </message>
    <message>
        <source>Pharmacogenomics (CPIC; not an AMP tier)</source>
        <translation>Farmacogenómica (CPIC; no es un tier de AMP)</translation>
    </message>
    <message>
        <source>%1%2, %3 (%4)</source>
        <translation>%1%2, %3 (%4)</translation>
    </message>
    <message>
        <source>zygosity unknown</source>
        <translation>cigosidad desconocida</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>phenotype not derived (see the caveats)</source>
        <translation>fenotipo no derivado (véanse las advertencias)</translation>
    </message>
    <message>
        <source>diplotype %1: %2</source>
        <translation>diplotipo %1: %2</translation>
    </message>
    <message>
        <source>, activity score %1</source>
        <translation>, puntuación de actividad %1</translation>
    </message>
    <message>
        <source>• %1 (%2, %3): %4</source>
        <translation>• %1 (%2, %3): %4</translation>
    </message>
    <message>
        <source>Genotypes read from tumor sequencing need confirmation on germline DNA before a dose is changed.</source>
        <translation>Los genotipos leídos de la secuenciación tumoral requieren confirmación en ADN germinal antes de modificar una dosis.</translation>
    </message>
    <message>
        <source>Sign-off</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Not signed: this summary was made from an annotation outside the case database.</source>
        <translation>Sin firmar: este resumen se generó a partir de una anotación fuera de la base de datos de casos.</translation>
    </message>
    <message>
        <source>%1 -&gt; %2: %3%4, %5</source>
        <translation>%1 -&gt; %2: %3%4, %5</translation>
    </message>
    <message>
        <source>Signature (%1) by %2, key %3%4; report digest %5</source>
        <translation>Firma (%1) de %2, clave %3%4; resumen criptográfico del informe %5</translation>
    </message>
    <message>
        <source> (not registered)</source>
        <translation> (no registrada)</translation>
    </message>
    <message>
        <source>Signed final by %1 on %2.</source>
        <translation>Firmado como definitivo por %1 el %2.</translation>
    </message>
    <message>
        <source>Not final: this is a %1 version, not for the patient record.</source>
        <translation>No definitivo: esta es una versión %1, no apta para la historia clínica del paciente.</translation>
    </message>
    <message>
        <source>Alteration</source>
        <translation>Alteración</translation>
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
        <translation>Estilo OncoKB</translation>
    </message>
    <message>
        <source>Deciding evidence and rule</source>
        <translation>Evidencia y regla determinantes</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Indicadores</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <source> (resistance)</source>
        <translation> (resistencia)</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidencia</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Direction / significance</source>
        <translation>Dirección / significado</translation>
    </message>
    <message>
        <source>Therapies</source>
        <translation>Tratamientos</translation>
    </message>
    <message>
        <source>Disease</source>
        <translation>Enfermedad</translation>
    </message>
    <message>
        <source>Citation</source>
        <translation>Cita</translation>
    </message>
    <message>
        <source>tumor VAF %1</source>
        <translation>VAF tumoral %1</translation>
    </message>
    <message>
        <source>AMP %1</source>
        <translation>AMP %1</translation>
    </message>
    <message>
        <source>SUPERSEDED by version %1 of case %2, of %3: this version is not the current one</source>
        <translation>SUSTITUIDO por la versión %1 del caso %2, del %3: esta versión no es la vigente</translation>
    </message>
    <message>
        <source>OncoBoard case summary</source>
        <translation>Resumen de caso de OncoBoard</translation>
    </message>
    <message>
        <source>Molecular tumor board case summary</source>
        <translation>Resumen del caso para el comité de tumores molecular</translation>
    </message>
    <message>
        <source>FINAL - signed by %1 on %2</source>
        <translation>DEFINITIVO - firmado por %1 el %2</translation>
    </message>
    <message>
        <source>%1 - not signed final</source>
        <translation>%1 - no firmado como definitivo</translation>
    </message>
    <message>
        <source>Annotation only - not a stored, signed case</source>
        <translation>Solo anotación - no es un caso almacenado y firmado</translation>
    </message>
    <message>
        <source>Tumor type missing: evidence cannot be judged on- or off-label for this patient.</source>
        <translation>Falta el tipo tumoral: no se puede valorar si la evidencia está en indicación o fuera de indicación para este paciente.</translation>
    </message>
    <message>
        <source>Tiers (AMP/ASCO/CAP 2017; ESCAT and OncoKB-style levels by approximation)</source>
        <translation>Tiers (AMP/ASCO/CAP 2017; niveles ESCAT y de estilo OncoKB por aproximación)</translation>
    </message>
    <message>
        <source>Alterations with knowledge-base evidence</source>
        <translation>Alteraciones con evidencia de la base de conocimiento</translation>
    </message>
    <message>
        <source>No alteration of this case matched the knowledge base.</source>
        <translation>Ninguna alteración de este caso coincidió con la base de conocimiento.</translation>
    </message>
    <message>
        <source>Sources and attribution</source>
        <translation>Fuentes y atribución</translation>
    </message>
    <message>
        <source>Knowledge-base releases used: %1.</source>
        <translation>Versiones de la base de conocimiento utilizadas: %1.</translation>
    </message>
    <message>
        <source>Evidence from CIViC - Clinical Interpretation of Variants in Cancer (civicdb.org), released under CC0 1.0; Griffith M et al., Nat Genet 2017;49:170-174. Tumor types from OncoTree (Memorial Sloan Kettering Cancer Center, CC BY 4.0). Disease relations from the Human Disease Ontology (CC0 1.0). Therapy names from pharmOncoX (NCIt, CC BY 4.0; ChEMBL, CC BY-SA 3.0).</source>
        <translation>Evidencia de CIViC - Clinical Interpretation of Variants in Cancer (civicdb.org), publicada bajo CC0 1.0; Griffith M et al., Nat Genet 2017;49:170-174. Tipos tumorales de OncoTree (Memorial Sloan Kettering Cancer Center, CC BY 4.0). Relaciones entre enfermedades de la Human Disease Ontology (CC0 1.0). Nombres de tratamientos de pharmOncoX (NCIt, CC BY 4.0; ChEMBL, CC BY-SA 3.0).</translation>
    </message>
    <message>
        <source>This summary supports the discussion of a molecular tumor board. Evidence levels are those of the knowledge base; they are not treatment recommendations by themselves. Alterations absent from this summary may still be clinically relevant, and a negative result does not exclude an alteration below the assay&apos;s limit of detection.</source>
        <translation>Este resumen sirve de apoyo a la discusión de un comité de tumores molecular. Los niveles de evidencia son los de la base de conocimiento; por sí solos no constituyen recomendaciones de tratamiento. Las alteraciones ausentes de este resumen pueden seguir siendo clínicamente relevantes, y un resultado negativo no excluye una alteración por debajo del límite de detección de la prueba.</translation>
    </message>
    <message>
        <source>cannot start the PDF</source>
        <translation>no se puede iniciar el PDF</translation>
    </message>
    <message>
        <source>%1 - OncoBoard case summary</source>
        <translation>%1 - Resumen de caso de OncoBoard</translation>
    </message>
    <message>
        <source>Tumor type: %1</source>
        <translation>Tipo tumoral: %1</translation>
    </message>
    <message>
        <source>Knowledge base: %1</source>
        <translation>Base de conocimiento: %1</translation>
    </message>
    <message>
        <source>Patient %1, case %2, version %3</source>
        <translation>Paciente %1, caso %2, versión %3</translation>
    </message>
    <message>
        <source>NOT SIGNED</source>
        <translation>SIN FIRMAR</translation>
    </message>
    <message>
        <source>SUPERSEDED</source>
        <translation>SUSTITUIDO</translation>
    </message>
    <message>
        <source>DRAFT</source>
        <translation>BORRADOR</translation>
    </message>
    <message>
        <source>PRELIMINARY</source>
        <translation>PRELIMINAR</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <source>writing the PDF failed</source>
        <translation>no se pudo escribir el PDF</translation>
    </message>
    <message>
        <source>The knowledge bases&apos; own words (evidence statements, disease and therapy names, CPIC&apos;s recommendations) are quoted in English, as their sources wrote them.</source>
        <translation>Los contenidos de las bases de conocimiento (declaraciones de evidencia, nombres de enfermedades y tratamientos, recomendaciones de CPIC) se citan en inglés, tal como los redactaron sus fuentes.</translation>
    </message>
</context>
<context>
    <name>onco::PgxDefinitions</name>
    <message>
        <source>not a JSON object: %1 at byte %2</source>
        <translation>no es un objeto JSON: %1 en el byte %2</translation>
    </message>
    <message>
        <source>the definition is not that of %1 or names no chromosome</source>
        <translation>la definición no es la de %1 o no nombra ningún cromosoma</translation>
    </message>
    <message>
        <source>variant %1 has no position or no REF</source>
        <translation>la variante %1 no tiene posición o no tiene REF</translation>
    </message>
    <message>
        <source>no defined variants</source>
        <translation>no hay variantes definidas</translation>
    </message>
    <message>
        <source>named allele &apos;%1&apos; lists %2 alleles for %3 variants</source>
        <translation>el alelo con nombre &apos;%1&apos; enumera %2 alelos para %3 variantes</translation>
    </message>
    <message>
        <source>named allele &apos;%1&apos; defines no position</source>
        <translation>el alelo con nombre &apos;%1&apos; no define ninguna posición</translation>
    </message>
    <message>
        <source>more than one reference allele</source>
        <translation>más de un alelo de referencia</translation>
    </message>
    <message>
        <source>no reference allele</source>
        <translation>ningún alelo de referencia</translation>
    </message>
    <message>
        <source>the phenotype table is not that of %1</source>
        <translation>la tabla de fenotipos no es la de %1</translation>
    </message>
    <message>
        <source>diplotype &apos;%1&apos; does not name two alleles</source>
        <translation>el diplotipo &apos;%1&apos; no nombra dos alelos</translation>
    </message>
    <message>
        <source>no diplotypes</source>
        <translation>no hay diplotipos</translation>
    </message>
    <message>
        <source>not a CPIC recommendation file for %1 (drug, genes, recommendations)</source>
        <translation>no es un archivo de recomendaciones de CPIC para %1 (drug, genes, recommendations)</translation>
    </message>
</context>
<context>
    <name>onco::Pharmacogenomics</name>
    <message>
        <source>%1-%2 read as heterozygous</source>
        <translation>%1-%2 se interpreta como heterocigoto</translation>
    </message>
    <message>
        <source>&gt;= %1 read as homozygous</source>
        <translation>&gt;= %1 se interpreta como homocigoto</translation>
    </message>
    <message>
        <source>neither %1-%2 (heterozygous) nor &gt;= %3 (homozygous): zygosity unknown</source>
        <translation>ni %1-%2 (heterocigoto) ni &gt;= %3 (homocigoto): cigosidad desconocida</translation>
    </message>
    <message>
        <source>pharmacogenomic definitions unavailable: %1</source>
        <translation>definiciones farmacogenómicas no disponibles: %1</translation>
    </message>
    <message>
        <source>%1 (%2) is not in the normal sample: a somatic change, which does not count for the germline diplotype.</source>
        <translation>%1 (%2) no está en la muestra normal: es un cambio somático, que no cuenta para el diplotipo germinal.</translation>
    </message>
    <message>
        <source>Small variants of the input matched to the %1 defined positions of the PharmCAT %2 allele definitions (data %3%4).</source>
        <translation>Variantes pequeñas de la entrada cotejadas con las %1 posiciones definidas de las definiciones de alelos de PharmCAT para %2 (datos %3%4).</translation>
    </message>
    <message>
        <source>, lifted from GRCh38 to GRCh37</source>
        <translation>, convertidas de GRCh38 a GRCh37</translation>
    </message>
    <message>
        <source>Positions with a germline allele of the case: %1; not reported by the input and assumed reference: %2.</source>
        <translation>Posiciones con un alelo germinal del caso: %1; no informadas por la entrada y asumidas como referencia: %2.</translation>
    </message>
    <message>
        <source>Positions with a somatic variant only, taken as reference in germline DNA: %1.</source>
        <translation>Posiciones con solo una variante somática, tomadas como referencia en el ADN germinal: %1.</translation>
    </message>
    <message>
        <source>%1 defined positions could not be lifted to GRCh37 and were not examined.</source>
        <translation>%1 posiciones definidas no se pudieron convertir a GRCh37 y no se examinaron.</translation>
    </message>
    <message>
        <source>Defined positions not reported by the input were assumed reference; a somatic or tumor-only call set often leaves out germline variants, so other %1 alleles are not excluded.</source>
        <translation>Las posiciones definidas que la entrada no informa se asumieron como referencia; un conjunto de llamadas somático o solo del tumor suele omitir variantes germinales, por lo que no se excluyen otros alelos de %1.</translation>
    </message>
    <message>
        <source>The genotype was read from tumor DNA, whose allele fractions tumor purity, copy-number change and loss of heterozygosity distort: confirm on germline DNA before dosing.</source>
        <translation>El genotipo se leyó del ADN tumoral, cuyas fracciones alélicas se ven distorsionadas por la pureza tumoral, los cambios en el número de copias y la pérdida de heterocigosidad: confirme en ADN germinal antes de dosificar.</translation>
    </message>
    <message>
        <source>No germline allele observed: no diplotype is derived.</source>
        <translation>No se observó ningún alelo germinal: no se deriva ningún diplotipo.</translation>
    </message>
    <message>
        <source>No diplotype is derived: the zygosity of %1 is unknown.</source>
        <translation>No se deriva ningún diplotipo: la cigosidad de %1 es desconocida.</translation>
    </message>
    <message>
        <source>The zygosity of %1 could not be read: heterozygous it would give %2; homozygous %3. Genotype germline DNA before dosing.</source>
        <translation>No se pudo determinar la cigosidad de %1: si fuera heterocigota daría %2; si fuera homocigota, %3. Genotipe el ADN germinal antes de dosificar.</translation>
    </message>
    <message>
        <source>No CPIC irinotecan recommendation shipped: the irinotecan guideline at hand is DPWG&apos;s via PharmGKB (CC BY-SA 4.0), which OncoBoard does not bundle; the phenotype is given alone.</source>
        <translation>No se incluye ninguna recomendación de CPIC para irinotecán: la guía de irinotecán disponible es la de DPWG a través de PharmGKB (CC BY-SA 4.0), que OncoBoard no incluye; se indica solo el fenotipo.</translation>
    </message>
    <message>
        <source>UGT1A1 *28, *36 and *37 (rs3064744 promoter TA repeat) are recognised only as left-aligned insertions or deletions of TA units; many pipelines do not call this repeat, so its absence from the input is not evidence of *1. PharmCAT counts the repeat from g.233760235, so *1 is TA[7] and *28 TA[8] in its HGVS, where the promoter convention A(TA)nTAA has (TA)6 and (TA)7.</source>
        <translation>UGT1A1 *28, *36 y *37 (repetición TA del promotor, rs3064744) solo se reconocen como inserciones o deleciones de unidades TA alineadas a la izquierda; muchos pipelines no llaman esta repetición, por lo que su ausencia en la entrada no es evidencia de *1. PharmCAT cuenta la repetición desde g.233760235, por lo que *1 es TA[7] y *28 TA[8] en su HGVS, mientras que la convención del promotor A(TA)nTAA tiene (TA)6 y (TA)7.</translation>
    </message>
    <message>
        <source>%1 activity score %2</source>
        <translation>%1, puntuación de actividad %2</translation>
    </message>
    <message>
        <source>%1 Normal Metabolizer (assumed: no %1 allele reported)</source>
        <translation>%1 Normal Metabolizer (supuesto: no se informó ningún alelo de %1)</translation>
    </message>
    <message>
        <source>The %1 recommendations take %2 as Normal Metabolizer: the input reported no %2 allele.</source>
        <translation>Las recomendaciones de %1 consideran %2 como Normal Metabolizer: la entrada no informó ningún alelo de %2.</translation>
    </message>
    <message>
        <source>CPIC (%1) gives no %2 recommendation for %3.</source>
        <translation>CPIC (%1) no da ninguna recomendación de %2 para %3.</translation>
    </message>
    <message>
        <source>CPIC guideline %1 (CPIC data %2)</source>
        <translation>Guía CPIC %1 (datos CPIC %2)</translation>
    </message>
    <message>
        <source>GT of normal sample %1 holds no copy: somatic</source>
        <translation>el GT de la muestra normal %1 no contiene ninguna copia: somática</translation>
    </message>
    <message>
        <source>GT of normal sample %1: %2 (germline DNA)</source>
        <translation>GT de la muestra normal %1: %2 (ADN germinal)</translation>
    </message>
    <message>
        <source>normal VAF %1 at depth %2 (below %3: not in germline DNA, somatic)</source>
        <translation>VAF normal %1 con profundidad %2 (inferior a %3: no está en el ADN germinal, somática)</translation>
    </message>
    <message>
        <source>normal VAF %1 (%2; germline DNA)</source>
        <translation>VAF normal %1 (%2; ADN germinal)</translation>
    </message>
    <message>
        <source>GT of tumor sample %1: %2 (tumor DNA; confirm on germline DNA)</source>
        <translation>GT de la muestra tumoral %1: %2 (ADN tumoral; confirmar en ADN germinal)</translation>
    </message>
    <message>
        <source>At %1:%2 the tumor VAF %3 reads as %4, unlike the GT (%5): loss of heterozygosity or a copy-number change in the tumor may hide the germline genotype.</source>
        <translation>En %1:%2 la VAF tumoral %3 se interpreta como %4, a diferencia del GT (%5): una pérdida de heterocigosidad o un cambio en el número de copias en el tumor puede ocultar el genotipo germinal.</translation>
    </message>
    <message>
        <source>tumor VAF %1 (%2; tumor DNA, distorted by purity and copy number: confirm on germline DNA)</source>
        <translation>VAF tumoral %1 (%2; ADN tumoral, distorsionada por la pureza y el número de copias: confirmar en ADN germinal)</translation>
    </message>
    <message>
        <source>the input gives neither a genotype nor an allele fraction</source>
        <translation>la entrada no indica ni un genotipo ni una fracción alélica</translation>
    </message>
    <message>
        <source>The input&apos;s FILTER at %1:%2 is %3.</source>
        <translation>El FILTER de la entrada en %1:%2 es %3.</translation>
    </message>
</context>
<context>
    <name>onco::PharmacogenomicsPanel</name>
    <message>
        <source>heterozygous</source>
        <translation>heterocigoto</translation>
    </message>
    <message>
        <source>homozygous</source>
        <translation>homocigoto</translation>
    </message>
    <message>
        <source>not carried</source>
        <translation>no presente</translation>
    </message>
    <message>
        <source>zygosity unknown</source>
        <translation>cigosidad desconocida</translation>
    </message>
    <message>
        <source>&lt;p&gt;No pharmacogenomic allele (DPYD, TPMT, NUDT15, UGT1A1) among the case&apos;s variants.&lt;/p&gt;&lt;p&gt;&lt;small&gt;Only the variants the input reports are looked at: a somatic call set often leaves germline variants out.&lt;/small&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;Ningún alelo farmacogenómico (DPYD, TPMT, NUDT15, UGT1A1) entre las variantes del caso.&lt;/p&gt;&lt;p&gt;&lt;small&gt;Solo se examinan las variantes que informa la entrada: un conjunto de variantes somáticas suele excluir las variantes germinales.&lt;/small&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;&lt;b&gt;%1&lt;/b&gt;%2, %3 &lt;small&gt;(%4)&lt;/small&gt;&lt;/li&gt;</source>
        <translation>&lt;li&gt;&lt;b&gt;%1&lt;/b&gt;%2, %3 &lt;small&gt;(%4)&lt;/small&gt;&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Phenotype not derived (see the notes below).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Fenotipo no derivado (véanse las notas siguientes).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Diplotype %1: &lt;b&gt;%2&lt;/b&gt;%3&lt;/p&gt;</source>
        <translation>&lt;p&gt;Diplotipo %1: &lt;b&gt;%2&lt;/b&gt;%3&lt;/p&gt;</translation>
    </message>
    <message>
        <source>, activity score %1</source>
        <translation>, puntuación de actividad %1</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; (%2): %3&lt;br&gt;&lt;small&gt;&lt;a href=&quot;%4&quot;&gt;%5&lt;/a&gt;&lt;/small&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; (%2): %3&lt;br&gt;&lt;small&gt;&lt;a href=&quot;%4&quot;&gt;%5&lt;/a&gt;&lt;/small&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;small&gt;Never an AMP tier. A genotype read from tumor DNA needs confirmation on germline DNA before a dose is changed.&lt;/small&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;small&gt;Nunca recibe un tier AMP. Un genotipo obtenido del ADN tumoral debe confirmarse en ADN germinal antes de modificar una dosis.&lt;/small&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;color:gray&apos;&gt;Recommendations of CPIC, in English:&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:gray&apos;&gt;Recomendaciones de CPIC, en inglés original:&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>onco::PlanEditor</name>
    <message>
        <source>Add %1</source>
        <translation>Añadir %1</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Editar %1</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Quitar %1</translation>
    </message>
    <message>
        <source>Edit the plan&apos;s conclusion and meeting</source>
        <translation>Editar la conclusión y la sesión del plan</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <source>%1 %2 %3 in %4 (%5 %6, level %7)</source>
        <translation>%1 %2 %3 en %4 (%5 %6, nivel %7)</translation>
    </message>
</context>
<context>
    <name>onco::PlanItemDialog</name>
    <message>
        <source>Edit recommendation</source>
        <translation>Editar recomendación</translation>
    </message>
    <message>
        <source>New recommendation</source>
        <translation>Nueva recomendación</translation>
    </message>
    <message>
        <source>Therapy</source>
        <translation>Tratamiento</translation>
    </message>
    <message>
        <source>Clinical trial</source>
        <translation>Ensayo clínico</translation>
    </message>
    <message>
        <source>Further diagnostics</source>
        <translation>Otros estudios diagnósticos</translation>
    </message>
    <message>
        <source>(one therapy)</source>
        <translation>(un solo tratamiento)</translation>
    </message>
    <message>
        <source>Encorafenib + Cetuximab; a trial&apos;s title; germline testing</source>
        <translation>Encorafenib + Cetuximab; el título de un ensayo; estudio germinal</translation>
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
        <source>Type to filter the case&apos;s alterations</source>
        <translation>Escriba para filtrar las alteraciones del caso</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>Ti&amp;po:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>T&amp;herapies:</source>
        <translation>T&amp;ratamientos:</translation>
    </message>
    <message>
        <source>&amp;Interaction:</source>
        <translation>&amp;Interacción:</translation>
    </message>
    <message>
        <source>&amp;Alterations:</source>
        <translation>&amp;Alteraciones:</translation>
    </message>
    <message>
        <source>&amp;Evidence and citations:</source>
        <translation>&amp;Evidencia y citas:</translation>
    </message>
    <message>
        <source>T&amp;rials (NCT):</source>
        <translation>E&amp;nsayos (NCT):</translation>
    </message>
    <message>
        <source>&amp;Level it rests on:</source>
        <translation>Ni&amp;vel en el que se basa:</translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation>Pri&amp;oridad:</translation>
    </message>
    <message>
        <source>&amp;Rationale:</source>
        <translation>&amp;Justificación:</translation>
    </message>
    <message>
        <source>Encorafenib + Cetuximab (from the therapies when empty)</source>
        <translation>Encorafenib + Cetuximab (a partir de los tratamientos si está vacío)</translation>
    </message>
    <message>
        <source>The trial&apos;s title</source>
        <translation>El título del ensayo</translation>
    </message>
    <message>
        <source>Germline testing of BRCA2; RNA fusion panel; repeat biopsy</source>
        <translation>Estudio germinal de BRCA2; panel de fusiones en ARN; nueva biopsia</translation>
    </message>
    <message>
        <source>Name the therapy, the trial or the diagnostic step.</source>
        <translation>Indique el tratamiento, el ensayo o el paso diagnóstico.</translation>
    </message>
</context>
<context>
    <name>onco::PlanPanel</name>
    <message>
        <source>Recommended therapies</source>
        <translation>Tratamientos recomendados</translation>
    </message>
    <message>
        <source>Clinical trials</source>
        <translation>Ensayos clínicos</translation>
    </message>
    <message>
        <source>Further diagnostics</source>
        <translation>Otros estudios diagnósticos</translation>
    </message>
    <message>
        <source>&amp;Add...</source>
        <translation>&amp;Añadir...</translation>
    </message>
    <message>
        <source>Ed&amp;it...</source>
        <translation>&amp;Editar...</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Save conclusion</source>
        <translation>Guardar conclusión</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Recomendación</translation>
    </message>
    <message>
        <source>Alterations</source>
        <translation>Alteraciones</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>Justificación</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidencia</translation>
    </message>
    <message>
        <source>&amp;Therapy...</source>
        <translation>&amp;Tratamiento...</translation>
    </message>
    <message>
        <source>Clinical t&amp;rial...</source>
        <translation>&amp;Ensayo clínico...</translation>
    </message>
    <message>
        <source>Further &amp;diagnostics...</source>
        <translation>Otros estudios &amp;diagnósticos...</translation>
    </message>
    <message>
        <source>Dr. A (oncologist), Dr. B (molecular pathologist)</source>
        <translation>Dr. A (oncólogo), Dr. B (patólogo molecular)</translation>
    </message>
    <message>
        <source>The board&apos;s conclusion</source>
        <translation>La conclusión del comité</translation>
    </message>
    <message>
        <source>Meeting:</source>
        <translation>Sesión:</translation>
    </message>
    <message>
        <source>Follow-up:</source>
        <translation>Seguimiento:</translation>
    </message>
    <message>
        <source>Participants:</source>
        <translation>Participantes:</translation>
    </message>
    <message>
        <source>Conclusion:</source>
        <translation>Conclusión:</translation>
    </message>
    <message>
        <source>&lt;i&gt;Save the case to the case database to build the board&apos;s plan.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Guarde el caso en la base de datos de casos para elaborar el plan del comité.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Final:&lt;/b&gt; the plan is signed and read-only; amend the case to change it.</source>
        <translation>&lt;b&gt;Definitivo:&lt;/b&gt; el plan está firmado y es de solo lectura; enmiende el caso para modificarlo.</translation>
    </message>
    <message>
        <source>Drop evidence items here to recommend from them, or add one.</source>
        <translation>Arrastre aquí elementos de evidencia para crear recomendaciones a partir de ellos, o añada una.</translation>
    </message>
    <message>
        <source>Added by %1 on %2</source>
        <translation>Añadido por %1 el %2</translation>
    </message>
    <message>
        <source>the case is final: amend it to change its plan</source>
        <translation>el caso es definitivo: enmiéndelo para modificar su plan</translation>
    </message>
    <message>
        <source>save the case to the case database first</source>
        <translation>guarde primero el caso en la base de datos de casos</translation>
    </message>
    <message>
        <source>that evidence item is not part of this case</source>
        <translation>ese elemento de evidencia no forma parte de este caso</translation>
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
        <translation>Genes del caso con mutaciones que cambian la proteína, con su número</translation>
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
        <translation>Número de copias</translation>
    </message>
    <message>
        <source>Over time</source>
        <translation>Evolución temporal</translation>
    </message>
    <message>
        <source>Export...</source>
        <translation>Exportar...</translation>
    </message>
    <message>
        <source>Save this plot as a PNG or SVG image</source>
        <translation>Guardar este gráfico como imagen PNG o SVG</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>the image size %1 x %2 is empty</source>
        <translation>el tamaño de imagen %1 x %2 está vacío</translation>
    </message>
    <message>
        <source>unknown image type &apos;%1&apos;: use .png or .svg</source>
        <translation>tipo de imagen desconocido &apos;%1&apos;: use .png o .svg</translation>
    </message>
    <message>
        <source>cannot write the image: %1</source>
        <translation>no se puede escribir la imagen: %1</translation>
    </message>
    <message>
        <source>Exported from OncoBoard</source>
        <translation>Exportado desde OncoBoard</translation>
    </message>
    <message>
        <source>cannot write the image</source>
        <translation>no se puede escribir la imagen</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Imagen PNG (*.png)</translation>
    </message>
    <message>
        <source>SVG image (*.svg)</source>
        <translation>Imagen SVG (*.svg)</translation>
    </message>
    <message>
        <source>Export plot</source>
        <translation>Exportar gráfico</translation>
    </message>
    <message>
        <source>The plot could not be exported: %1</source>
        <translation>No se pudo exportar el gráfico: %1</translation>
    </message>
</context>
<context>
    <name>onco::PopulationFrequencies</name>
    <message>
        <source>not a population frequency table: it needs the columns chrom, pos, ref, alt, af</source>
        <translation>no es una tabla de frecuencias poblacionales: requiere las columnas chrom, pos, ref, alt, af</translation>
    </message>
    <message>
        <source>position is not a positive integer</source>
        <translation>la posición no es un entero positivo</translation>
    </message>
    <message>
        <source>allele frequency is not a number from 0 to 1</source>
        <translation>la frecuencia alélica no es un número entre 0 y 1</translation>
    </message>
    <message>
        <source>empty contig or allele</source>
        <translation>contig o alelo vacío</translation>
    </message>
    <message>
        <source>population frequencies unavailable: %1</source>
        <translation>frecuencias poblacionales no disponibles: %1</translation>
    </message>
    <message>
        <source>1000 Genomes Project phase 3, global allele frequency (common exome SNPs selected by akt)</source>
        <translation>1000 Genomes Project fase 3, frecuencia alélica global (SNP exónicos comunes seleccionados con akt)</translation>
    </message>
</context>
<context>
    <name>onco::PredispositionPanel</name>
    <message>
        <source>missing columns: the table needs %1</source>
        <translation>faltan columnas: la tabla requiere %1</translation>
    </message>
    <message>
        <source>empty or unstripped gene symbol</source>
        <translation>símbolo génico vacío o sin depurar</translation>
    </message>
    <message>
        <source>empty gene symbol</source>
        <translation>símbolo génico vacío</translation>
    </message>
    <message>
        <source>cancer predisposition panel unavailable: %1</source>
        <translation>panel de predisposición al cáncer no disponible: %1</translation>
    </message>
</context>
<context>
    <name>onco::PresentationView</name>
    <message>
        <source>← → move between findings · Esc or F11 leaves</source>
        <translation>← → cambiar de hallazgo · Esc o F11 para salir</translation>
    </message>
    <message>
        <source>&lt;p&gt;No actionable finding (AMP Tier I or II, or included by the board) in this case.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Ningún hallazgo accionable (AMP Tier I o II, o incluido por el comité) en este caso.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Finding %1 of %2</source>
        <translation>Hallazgo %1 de %2</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;AMP %1&lt;/b&gt;%2 &amp;middot; ESCAT %3 &amp;middot; OncoKB-style %4&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;AMP %1&lt;/b&gt;%2 &amp;middot; ESCAT %3 &amp;middot; estilo OncoKB %4&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;%1&lt;/p&gt;</source>
        <translation>&lt;p&gt;%1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Tumor VAF %1 %%2&lt;/p&gt;</source>
        <translation>&lt;p&gt;VAF tumoral %1 %%2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>, depth %1</source>
        <translation>, profundidad %1</translation>
    </message>
    <message>
        <source>resistance: </source>
        <translation>resistencia: </translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Therapies with on-label evidence&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;%1&lt;/ul&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Tratamientos con evidencia en indicación&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;%1&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Caution:&lt;/b&gt; %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Precaución:&lt;/b&gt; %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;i&gt;Not yet reviewed.&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;i&gt;Aún no revisado.&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Board decision:&lt;/b&gt; %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Decisión del comité:&lt;/b&gt; %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Plan&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;%1&lt;/ul&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Plan&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;%1&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Conclusion of the board:&lt;/b&gt; %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Conclusión del comité:&lt;/b&gt; %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Findings: %1</source>
        <translation>Hallazgos: %1</translation>
    </message>
    <message>
        <source>&lt;li&gt;%1%2 &amp;mdash; %3 level %4 (%5)&lt;/li&gt;</source>
        <translation>&lt;li&gt;%1%2 &amp;mdash; %3 nivel %4 (%5)&lt;/li&gt;</translation>
    </message>
</context>
<context>
    <name>onco::ProfileExpression</name>
    <message>
        <source>unexpected &apos;%1&apos;</source>
        <translation>&apos;%1&apos; inesperado</translation>
    </message>
    <message>
        <source>the expression ends early</source>
        <translation>la expresión termina antes de tiempo</translation>
    </message>
    <message>
        <source>a parenthesis is not closed</source>
        <translation>un paréntesis no está cerrado</translation>
    </message>
    <message>
        <source>a variant is missing before &apos;%1&apos;</source>
        <translation>falta una variante antes de &apos;%1&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of the profile&apos;s variants</source>
        <translation>&apos;%1&apos; no es una de las variantes del perfil</translation>
    </message>
</context>
<context>
    <name>onco::ProteinLengthTable</name>
    <message>
        <source>a protein length table needs Hugo_Symbol and aa.length columns</source>
        <translation>una tabla de longitudes de proteínas requiere las columnas Hugo_Symbol y aa.length</translation>
    </message>
</context>
<context>
    <name>onco::ProteinSequences</name>
    <message>
        <source>a FASTA header without a gene symbol</source>
        <translation>una cabecera FASTA sin símbolo de gen</translation>
    </message>
    <message>
        <source>sequence before the first FASTA header</source>
        <translation>secuencia antes de la primera cabecera FASTA</translation>
    </message>
</context>
<context>
    <name>onco::ReadBounds</name>
    <message numerus="yes">
        <source>%n record(s) repeat an earlier record exactly (the first repeats line %1); each is listed once</source>
        <translation>
            <numerusform>%n registro repite exactamente un registro anterior (el primero repite la línea %1); cada uno se lista una vez</numerusform>
            <numerusform>%n registros repiten exactamente un registro anterior (el primero repite la línea %1); cada uno se lista una vez</numerusform>
        </translation>
    </message>
    <message>
        <source>the file gives more than %1 alterations, the cap for one input; reading stopped here (raise it with --max-records, or split the file)</source>
        <translation>el archivo contiene más de %1 alteraciones, el límite para una entrada; la lectura se detuvo aquí (auméntelo con --max-records o divida el archivo)</translation>
    </message>
</context>
<context>
    <name>onco::ReadSupport</name>
    <message>
        <source>VAF %1 is not a fraction between 0 and 1</source>
        <translation>la VAF %1 no es una fracción entre 0 y 1</translation>
    </message>
    <message>
        <source>a read count is negative</source>
        <translation>un recuento de lecturas es negativo</translation>
    </message>
    <message>
        <source>%1 alternative reads exceed the depth of %2</source>
        <translation>%1 lecturas alternativas superan la profundidad de %2</translation>
    </message>
</context>
<context>
    <name>onco::ReferenceGenome</name>
    <message>
        <source>no such reference genome file</source>
        <translation>no existe ese archivo de genoma de referencia</translation>
    </message>
    <message>
        <source>the reference genome has no index %1.fai: index it with &apos;samtools faidx %1&apos;</source>
        <translation>el genoma de referencia no tiene índice %1.fai: indéxelo con &apos;samtools faidx %1&apos;</translation>
    </message>
    <message>
        <source>not a readable indexed FASTA (a bgzip-compressed FASTA also needs its .gzi index)</source>
        <translation>no es un FASTA indexado legible (un FASTA comprimido con bgzip también necesita su índice .gzi)</translation>
    </message>
    <message>
        <source>the reference genome holds no sequence</source>
        <translation>el genoma de referencia no contiene ninguna secuencia</translation>
    </message>
</context>
<context>
    <name>onco::ReferenceImporter</name>
    <message>
        <source>not a %1 table: missing columns %2</source>
        <translation>no es una tabla de %1: faltan las columnas %2</translation>
    </message>
    <message numerus="yes">
        <source>%n more rows with problems are not listed</source>
        <translation>
            <numerusform>no se muestra %n fila más con problemas</numerusform>
            <numerusform>no se muestran %n filas más con problemas</numerusform>
        </translation>
    </message>
    <message>
        <source>the row has %1 fields, the header %2: skipped</source>
        <translation>la fila tiene %1 campos y la cabecera %2: omitida</translation>
    </message>
    <message>
        <source>the row is not valid UTF-8: skipped</source>
        <translation>la fila no es UTF-8 válido: omitida</translation>
    </message>
    <message>
        <source>the file name names CancerMine %1, not %2</source>
        <translation>el nombre del archivo indica CancerMine %1, no %2</translation>
    </message>
    <message>
        <source>cannot tell the CancerMine release: name the file cancermine_collated.vNN.tsv or give the release</source>
        <translation>no se puede determinar la versión de CancerMine: nombre el archivo cancermine_collated.vNN.tsv o indique la versión</translation>
    </message>
    <message>
        <source>no gene symbol (gene_normalized): skipped</source>
        <translation>sin símbolo de gen (gene_normalized): omitida</translation>
    </message>
    <message>
        <source>unknown role &quot;%1&quot; (not Oncogene, Tumor_Suppressor or Driver): skipped</source>
        <translation>rol desconocido &quot;%1&quot; (no es Oncogene, Tumor_Suppressor ni Driver): omitida</translation>
    </message>
    <message>
        <source>citation_count &quot;%1&quot; is not a whole number: skipped</source>
        <translation>citation_count &quot;%1&quot; no es un número entero: omitida</translation>
    </message>
    <message>
        <source>gene_entrez_id &quot;%1&quot; is not a number: stored empty</source>
        <translation>gene_entrez_id &quot;%1&quot; no es un número: se guarda vacío</translation>
    </message>
    <message>
        <source>cancer_id &quot;%1&quot; is not a Disease Ontology id: stored empty</source>
        <translation>cancer_id &quot;%1&quot; no es un id de Disease Ontology: se guarda vacío</translation>
    </message>
    <message>
        <source>name the pharmOncoX release (its date, such as 2021-12)</source>
        <translation>indique la versión de pharmOncoX (su fecha, p. ej. 2021-12)</translation>
    </message>
    <message>
        <source>empty alias: skipped</source>
        <translation>alias vacío: omitido</translation>
    </message>
    <message>
        <source>alias &quot;%1&quot; names no therapy: skipped</source>
        <translation>el alias &quot;%1&quot; no nombra ningún tratamiento: omitido</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (%2) repeated with ChEMBL id %3 instead of %4: kept %4</source>
        <translation>&quot;%1&quot; (%2) repetido con el id de ChEMBL %3 en lugar de %4: se conserva %4</translation>
    </message>
</context>
<context>
    <name>onco::Relevance</name>
    <message>
        <source>the case has no tumor type</source>
        <translation>el caso no tiene tipo tumoral</translation>
    </message>
    <message>
        <source>the evidence names no disease</source>
        <translation>la evidencia no nombra ninguna enfermedad</translation>
    </message>
    <message>
        <source>%1: not an OncoTree code</source>
        <translation>%1: no es un código de OncoTree</translation>
    </message>
    <message>
        <source>%1 is a hematologic tumor; the evidence is for all liquid tumors</source>
        <translation>%1 es un tumor hematológico; la evidencia es para todos los tumores líquidos</translation>
    </message>
    <message>
        <source>%1 is a solid tumor; the evidence is for liquid tumors only</source>
        <translation>%1 es un tumor sólido; la evidencia es solo para tumores líquidos</translation>
    </message>
    <message>
        <source>%1 has the OncoTree main type %2</source>
        <translation>%1 tiene el tipo principal de OncoTree %2</translation>
    </message>
    <message>
        <source>%1 has the OncoTree main type %2, not %3</source>
        <translation>%1 tiene el tipo principal de OncoTree %2, no %3</translation>
    </message>
    <message>
        <source>parent %1</source>
        <translation>padre %1</translation>
    </message>
    <message>
        <source>%1 is below the case&apos;s type: %2</source>
        <translation>%1 está por debajo del tipo del caso: %2</translation>
    </message>
    <message>
        <source>%1 and %2 are on different OncoTree branches</source>
        <translation>%1 y %2 están en ramas distintas de OncoTree</translation>
    </message>
</context>
<context>
    <name>onco::ReportSettingsDialog</name>
    <message>
        <source>Include the patient&apos;s name, birth date and record number</source>
        <translation>Incluir el nombre, la fecha de nacimiento y el número de historia clínica del paciente</translation>
    </message>
    <message>
        <source>Report settings</source>
        <translation>Configuración del informe</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>Carta (EE. UU.)</translation>
    </message>
    <message>
        <source>Department of Pathology, University Hospital</source>
        <translation>Servicio de Anatomía Patológica, Hospital Universitario</translation>
    </message>
    <message>
        <source>Browse...</source>
        <translation>Examinar...</translation>
    </message>
    <message>
        <source>Institution logo</source>
        <translation>Logotipo de la institución</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.svg)</source>
        <translation>Imágenes (*.png *.jpg *.svg)</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Papel:</translation>
    </message>
    <message>
        <source>&amp;Institution:</source>
        <translation>&amp;Institución:</translation>
    </message>
    <message>
        <source>&amp;Logo:</source>
        <translation>&amp;Logotipo:</translation>
    </message>
    <message>
        <source>Identifiers:</source>
        <translation>Identificadores:</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an image this application can read.</source>
        <translation>&apos;%1&apos; no es una imagen que esta aplicación pueda leer.</translation>
    </message>
</context>
<context>
    <name>onco::ReviewController</name>
    <message>
        <source>undone</source>
        <translation>deshecho</translation>
    </message>
    <message>
        <source>no case database is open</source>
        <translation>no hay ninguna base de datos de casos abierta</translation>
    </message>
    <message>
        <source>the case is not in the case database</source>
        <translation>el caso no está en la base de datos de casos</translation>
    </message>
    <message>
        <source>this alteration is not kept for review (not protein-altering, no evidence)</source>
        <translation>esta alteración no se conserva para revisión (no altera la proteína, sin evidencia)</translation>
    </message>
    <message>
        <source>save the case to the case database to review it</source>
        <translation>guarde el caso en la base de datos de casos para revisarlo</translation>
    </message>
    <message>
        <source>the case is final and locked: amend it to change it</source>
        <translation>el caso es definitivo y está bloqueado: enmiéndelo para modificarlo</translation>
    </message>
    <message>
        <source>Mark %1</source>
        <translation>Marcar como %1</translation>
    </message>
    <message>
        <source>no earlier decision on this alteration</source>
        <translation>no hay ninguna decisión anterior sobre esta alteración</translation>
    </message>
    <message>
        <source>as decided in %1 by %2 on %3%4</source>
        <translation>según lo decidido en %1 por %2 el %3%4</translation>
    </message>
    <message>
        <source>save the case to the case database first</source>
        <translation>guarde primero el caso en la base de datos de casos</translation>
    </message>
    <message>
        <source>a sign-off needs the signer&apos;s key</source>
        <translation>una firma necesita la clave del firmante</translation>
    </message>
</context>
<context>
    <name>onco::ReviewerDialog</name>
    <message>
        <source>Who is reviewing?</source>
        <translation>¿Quién revisa?</translation>
    </message>
    <message>
        <source>Dr. A. Pathologist</source>
        <translation>Dr. A. Patólogo</translation>
    </message>
    <message>
        <source>Every decision is stored with the name and role of the person who made it. They are kept for the next decisions and sign-offs (Review &gt; Sign Final asks again).</source>
        <translation>Cada decisión se guarda con el nombre y el rol de la persona que la tomó. Se conservan para las siguientes decisiones y firmas (Revisión &gt; Firmar como definitivo los vuelve a solicitar).</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rol:</translation>
    </message>
    <message>
        <source>Give your name and your role.</source>
        <translation>Indique su nombre y su rol.</translation>
    </message>
</context>
<context>
    <name>onco::Roles</name>
    <message>
        <source>molecular pathologist</source>
        <translation>patólogo molecular</translation>
    </message>
    <message>
        <source>oncologist</source>
        <translation>oncólogo</translation>
    </message>
    <message>
        <source>geneticist</source>
        <translation>genetista</translation>
    </message>
    <message>
        <source>coordinator</source>
        <translation>coordinador</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>administrador</translation>
    </message>
    <message>
        <source>record review decisions</source>
        <translation>registrar decisiones de revisión</translation>
    </message>
    <message>
        <source>change the treatment plan</source>
        <translation>modificar el plan terapéutico</translation>
    </message>
    <message>
        <source>change the plan&apos;s meeting, participants and conclusion</source>
        <translation>modificar la sesión, los participantes y la conclusión del plan</translation>
    </message>
    <message>
        <source>prepare board meetings and record their conclusions</source>
        <translation>preparar las sesiones del comité y registrar sus conclusiones</translation>
    </message>
    <message>
        <source>record what became of a recommendation</source>
        <translation>registrar qué fue de una recomendación</translation>
    </message>
    <message>
        <source>sign a case preliminary</source>
        <translation>firmar un caso como preliminar</translation>
    </message>
    <message>
        <source>sign a case final or amend it</source>
        <translation>firmar un caso como definitivo o enmendarlo</translation>
    </message>
    <message>
        <source>register or revoke signing keys</source>
        <translation>registrar o revocar claves de firma</translation>
    </message>
    <message>
        <source>give members their roles</source>
        <translation>asignar sus roles a los miembros</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 o %2</translation>
    </message>
</context>
<context>
    <name>onco::SampleRoleDialog</name>
    <message>
        <source>Choose the tumor sample</source>
        <translation>Elegir la muestra tumoral</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1 does not say which of its samples is the tumor. Column order is not trusted: please choose.</source>
        <translation>%1 no indica cuál de sus muestras es la tumoral. No se confía en el orden de las columnas: elija una.</translation>
    </message>
    <message>
        <source>%1 holds samples of several patients. Choose this patient&apos;s sample.</source>
        <translation>%1 contiene muestras de varios pacientes. Elija la muestra de este paciente.</translation>
    </message>
    <message>
        <source>Tumor sample:</source>
        <translation>Muestra tumoral:</translation>
    </message>
    <message>
        <source>none (tumor only)</source>
        <translation>ninguna (solo tumor)</translation>
    </message>
    <message>
        <source>Matched normal:</source>
        <translation>Normal emparejada:</translation>
    </message>
</context>
<context>
    <name>onco::SampleSelector</name>
    <message>
        <source> and %1 more</source>
        <translation> y %1 más</translation>
    </message>
    <message>
        <source>sample &apos;%1&apos; is not in this file (samples: %2): nothing is taken from it</source>
        <translation>la muestra &apos;%1&apos; no está en este archivo (muestras: %2): no se toma nada de él</translation>
    </message>
    <message>
        <source>its only sample &apos;%1&apos; is taken as sample &apos;%2&apos;</source>
        <translation>su única muestra &apos;%1&apos; se toma como la muestra &apos;%2&apos;</translation>
    </message>
    <message>
        <source>its only sample &apos;%1&apos; is taken as the case&apos;s tumor sample &apos;%2&apos;</source>
        <translation>su única muestra &apos;%1&apos; se toma como la muestra tumoral &apos;%2&apos; del caso</translation>
    </message>
    <message>
        <source>the file holds %1 samples (%2); choose the patient&apos;s sample with --tumor-sample</source>
        <translation>el archivo contiene %1 muestras (%2); elija la muestra del paciente con --tumor-sample</translation>
    </message>
    <message>
        <source>1 alteration</source>
        <translation>1 alteración</translation>
    </message>
    <message>
        <source>%L1 alterations</source>
        <translation>%L1 alteraciones</translation>
    </message>
    <message>
        <source>more than %L1 samples in one run: split the cohort</source>
        <translation>más de %L1 muestras en una ejecución: divida la cohorte</translation>
    </message>
    <message>
        <source>no sample column is recognised (%1), but column &apos;%2&apos; names %3 different values (%4...): the rows may come from several patients and are not read as one case; rename that column</source>
        <translation>no se reconoce ninguna columna de muestra (%1), pero la columna &apos;%2&apos; contiene %3 valores distintos (%4...): las filas pueden proceder de varios pacientes y no se leen como un único caso; cambie el nombre de esa columna</translation>
    </message>
    <message>
        <source>100 or more</source>
        <translation>100 o más</translation>
    </message>
</context>
<context>
    <name>onco::SignOffDialog</name>
    <message>
        <source>Sign the case final</source>
        <translation>Firmar el caso como definitivo</translation>
    </message>
    <message>
        <source>Mark the case preliminary</source>
        <translation>Marcar el caso como preliminar</translation>
    </message>
    <message>
        <source>Case %1, version %3 (patient %2) becomes &lt;b&gt;final&lt;/b&gt;: it is locked, its plan and decisions can no longer change, and the PDF loses its PRELIMINARY watermark. Changes afterwards need an amendment, a new version.</source>
        <translation>El caso %1, versión %3 (paciente %2) pasa a ser &lt;b&gt;definitivo&lt;/b&gt;: queda bloqueado, su plan y sus decisiones ya no pueden cambiar y el PDF pierde la marca de agua PRELIMINAR. Cualquier cambio posterior requiere una enmienda, es decir, una nueva versión.</translation>
    </message>
    <message>
        <source>Case %1, version %3 (patient %2) becomes &lt;b&gt;preliminary&lt;/b&gt;: ready for the board&apos;s discussion. It can still be edited, or reopened as a draft.</source>
        <translation>El caso %1, versión %3 (paciente %2) pasa a ser &lt;b&gt;preliminar&lt;/b&gt;: listo para la discusión en el comité. Todavía puede editarse o reabrirse como borrador.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rol:</translation>
    </message>
    <message>
        <source>Time:</source>
        <translation>Hora:</translation>
    </message>
    <message>
        <source>New signing &amp;passphrase:</source>
        <translation>Nueva &amp;frase de contraseña de firma:</translation>
    </message>
    <message>
        <source>Signing &amp;passphrase:</source>
        <translation>&amp;Frase de contraseña de firma:</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>Re&amp;petirla:</translation>
    </message>
    <message>
        <source>No keychain answers here: your first signature makes your signing key and keeps it sealed with this passphrase.</source>
        <translation>No hay ningún llavero disponible aquí: su primera firma crea su clave de firma y la mantiene sellada con esta frase de contraseña.</translation>
    </message>
    <message>
        <source>No keychain answers here: your signing key is sealed with this passphrase.</source>
        <translation>No hay ningún llavero disponible aquí: su clave de firma está sellada con esta frase de contraseña.</translation>
    </message>
    <message>
        <source>Sign final</source>
        <translation>Firmar como definitivo</translation>
    </message>
    <message>
        <source>Mark preliminary</source>
        <translation>Marcar como preliminar</translation>
    </message>
    <message>
        <source>Signing final needs your name and role.</source>
        <translation>Para firmar como definitivo se necesitan su nombre y su rol.</translation>
    </message>
    <message>
        <source>Give your name.</source>
        <translation>Indique su nombre.</translation>
    </message>
    <message>
        <source>A signing passphrase has at least 12 characters.</source>
        <translation>Una frase de contraseña de firma tiene al menos 12 caracteres.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Las dos frases de contraseña no coinciden.</translation>
    </message>
</context>
<context>
    <name>onco::SigningKey</name>
    <message>
        <source>the keychain did not answer</source>
        <translation>el llavero no respondió</translation>
    </message>
    <message>
        <source>cannot read the signing key: %1</source>
        <translation>no se puede leer la clave de firma: %1</translation>
    </message>
    <message>
        <source>not a signing key file of account &apos;%1&apos;</source>
        <translation>no es un archivo de clave de firma de la cuenta &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the signing key of &apos;%1&apos; is sealed with its passphrase: give it (ONCOBOARD_SIGNING_PASSPHRASE when there is no window)</source>
        <translation>la clave de firma de &apos;%1&apos; está sellada con su frase de contraseña: indíquela (ONCOBOARD_SIGNING_PASSPHRASE cuando no hay ventana)</translation>
    </message>
    <message>
        <source>the passphrase does not open the signing key of &apos;%1&apos;</source>
        <translation>la frase de contraseña no abre la clave de firma de &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the signing key file is damaged</source>
        <translation>el archivo de la clave de firma está dañado</translation>
    </message>
    <message>
        <source>a new signing key for &apos;%1&apos; needs a passphrase to seal it (ONCOBOARD_SIGNING_PASSPHRASE when there is no window)</source>
        <translation>una nueva clave de firma para &apos;%1&apos; necesita una frase de contraseña con la que sellarla (ONCOBOARD_SIGNING_PASSPHRASE cuando no hay ventana)</translation>
    </message>
    <message>
        <source>cannot create the folder of the signing key</source>
        <translation>no se puede crear la carpeta de la clave de firma</translation>
    </message>
    <message>
        <source>cannot write the signing key: %1</source>
        <translation>no se puede escribir la clave de firma: %1</translation>
    </message>
    <message>
        <source>the cryptography library could not start</source>
        <translation>no se pudo iniciar la biblioteca criptográfica</translation>
    </message>
    <message>
        <source>a signing key has 64 bytes, not %1</source>
        <translation>una clave de firma tiene 64 bytes, no %1</translation>
    </message>
    <message>
        <source>the signing key is damaged</source>
        <translation>la clave de firma está dañada</translation>
    </message>
    <message>
        <source>signing needs an account</source>
        <translation>firmar requiere una cuenta</translation>
    </message>
</context>
<context>
    <name>onco::Tier</name>
    <message>
        <source>sensitivity</source>
        <translation>sensibilidad</translation>
    </message>
    <message>
        <source>resistance</source>
        <translation>resistencia</translation>
    </message>
    <message>
        <source>diagnostic</source>
        <translation>diagnóstico</translation>
    </message>
    <message>
        <source>prognostic</source>
        <translation>pronóstico</translation>
    </message>
</context>
<context>
    <name>onco::Tiering</name>
    <message>
        <source>on-label (%1; %2)</source>
        <translation>en indicación (%1; %2)</translation>
    </message>
    <message>
        <source>on-label (%1)</source>
        <translation>en indicación (%1)</translation>
    </message>
    <message>
        <source>conditional (%1), taken as off-label</source>
        <translation>condicional (%1), se considera fuera de indicación</translation>
    </message>
    <message>
        <source>pan-cancer (%1)</source>
        <translation>pancáncer (%1)</translation>
    </message>
    <message>
        <source>off-label (unrelated disease)</source>
        <translation>fuera de indicación (enfermedad no relacionada)</translation>
    </message>
    <message>
        <source>disease relation unknown, taken as off-label</source>
        <translation>relación con la enfermedad desconocida, se considera fuera de indicación</translation>
    </message>
    <message>
        <source>tumor type missing, capped at Tier II</source>
        <translation>falta el tipo tumoral, limitado a Tier II</translation>
    </message>
    <message>
        <source>a subtype defined by this alteration</source>
        <translation>un subtipo definido por esta alteración</translation>
    </message>
    <message>
        <source>a subtype the tumor type may or may not be</source>
        <translation>un subtipo que el tipo tumoral puede ser o no</translation>
    </message>
    <message>
        <source>does not support</source>
        <translation>no respalda</translation>
    </message>
    <message>
        <source>%1 (%2 %3%4) is contradicted by on-label evidence of the same or a higher level: %5</source>
        <translation>%1 (%2 %3%4) queda contradicho por evidencia en indicación del mismo nivel o superior: %5</translation>
    </message>
    <message>
        <source>actionable in %1, not in %2 (sensitivity: AMP %3, ESCAT %4, OncoKB-style %5)</source>
        <translation>accionable en %1, no en %2 (sensibilidad: AMP %3, ESCAT %4, estilo OncoKB %5)</translation>
    </message>
    <message>
        <source>possible clonal hematopoiesis: %1 is a CHIP gene and the variant is in the matched normal at VAF %2</source>
        <translation>posible hematopoyesis clonal: %1 es un gen CHIP y la variante está presente en la muestra normal emparejada con una VAF de %2</translation>
    </message>
    <message>
        <source>possible clonal hematopoiesis: %1 is a CHIP gene, tumor VAF %2 is low and there is no blood normal; confirm in blood</source>
        <translation>posible hematopoyesis clonal: %1 es un gen CHIP, la VAF tumoral de %2 es baja y no hay muestra normal de sangre; confirmar en sangre</translation>
    </message>
    <message>
        <source>germline: in the matched normal at VAF %1 (tumor %2)</source>
        <translation>germinal: presente en la muestra normal emparejada con una VAF de %1 (tumor %2)</translation>
    </message>
    <message>
        <source>%1; %2 is a cancer-predisposition gene (%3): suggest germline referral and counselling</source>
        <translation>%1; %2 es un gen de predisposición al cáncer (%3): se sugiere derivación a consejo genético y estudio germinal</translation>
    </message>
    <message>
        <source>%1; not a somatic finding; %2 is not a cancer-predisposition gene, so no referral is suggested</source>
        <translation>%1; no es un hallazgo somático; %2 no es un gen de predisposición al cáncer, por lo que no se sugiere derivación</translation>
    </message>
    <message>
        <source>possible germline: tumor VAF %1 with no matched normal, and %2 is a cancer-predisposition gene (%3); confirm on normal tissue before a referral</source>
        <translation>posible origen germinal: VAF tumoral de %1 sin muestra normal emparejada, y %2 es un gen de predisposición al cáncer (%3); confirmar en tejido normal antes de derivar</translation>
    </message>
    <message>
        <source>no evidence in the knowledge base; consequence unknown (the input has no functional annotation)</source>
        <translation>sin evidencia en la base de conocimiento; consecuencia desconocida (la entrada no tiene anotación funcional)</translation>
    </message>
    <message>
        <source>no evidence in the knowledge base</source>
        <translation>sin evidencia en la base de conocimiento</translation>
    </message>
    <message>
        <source>not tiered: no evidence, and not a protein-altering variant, amplification, deep deletion or fusion</source>
        <translation>sin tier: sin evidencia, y no es una variante con cambio proteico, una amplificación, una deleción profunda ni una fusión</translation>
    </message>
    <message>
        <source>no therapeutic evidence</source>
        <translation>sin evidencia terapéutica</translation>
    </message>
    <message>
        <source>no tumor type was given: on- or off-label cannot be decided, so no alteration is tiered above Tier II</source>
        <translation>no se indicó ningún tipo tumoral: no puede decidirse si la evidencia está en indicación o fuera de ella, por lo que ninguna alteración recibe un tier superior a Tier II</translation>
    </message>
    <message>
        <source>a %1 pharmacogenomic allele: genotype, phenotype and CPIC recommendation are in the pharmacogenomics section, never an AMP tier</source>
        <translation>un alelo farmacogenómico de %1: el genotipo, el fenotipo y la recomendación CPIC figuran en la sección de farmacogenómica, nunca como tier AMP</translation>
    </message>
    <message>
        <source>common in the population: allele frequency %1 in %2</source>
        <translation>frecuente en la población: frecuencia alélica %1 en %2</translation>
    </message>
    <message>
        <source>CIViC assertion %1 places it in Tier I</source>
        <translation>la aserción de CIViC %1 la sitúa en Tier I</translation>
    </message>
    <message>
        <source>the therapy is approved for this biomarker here</source>
        <translation>el tratamiento está aprobado para este biomarcador en este tipo tumoral</translation>
    </message>
    <message>
        <source>class-level item: consensus needs an assertion or an approval, not a rating</source>
        <translation>elemento de nivel de clase: el consenso requiere una aserción o una aprobación, no una valoración</translation>
    </message>
    <message>
        <source>rated %1 of 5</source>
        <translation>valoración %1 de 5</translation>
    </message>
    <message>
        <source>rated %1 of 5, no Tier I assertion or approval</source>
        <translation>valoración %1 de 5, sin aserción ni aprobación de Tier I</translation>
    </message>
    <message>
        <source>not rated, no Tier I assertion or approval</source>
        <translation>sin valoración, sin aserción ni aprobación de Tier I</translation>
    </message>
    <message>
        <source>%1: the label excludes this tumor type</source>
        <translation>%1: la ficha técnica excluye este tipo tumoral</translation>
    </message>
    <message>
        <source>%1, %2 %3 in %4, %5, %6 match</source>
        <translation>%1, %2 %3 en %4, %5, coincidencia %6</translation>
    </message>
    <message>
        <source>gene-level</source>
        <translation>a nivel de gen</translation>
    </message>
    <message>
        <source>CIViC assertion %1 (%2, %3 %4, %5) in %6</source>
        <translation>aserción de CIViC %1 (%2, %3 %4, %5) en %6</translation>
    </message>
    <message>
        <source>FDA-approved</source>
        <translation>aprobada por la FDA</translation>
    </message>
    <message>
        <source>curated</source>
        <translation>curada</translation>
    </message>
    <message>
        <source>T0 common in the population (allele frequency %1 in %2 &gt;= 1 %): benign or likely benign for somatic tiering, whatever evidence matches</source>
        <translation>T0 frecuente en la población (frecuencia alélica %1 en %2 &gt;= 1 %): benigna o probablemente benigna para la clasificación somática en tiers, sea cual sea la evidencia coincidente</translation>
    </message>
    <message>
        <source>not tiered: a %1 pharmacogenomic allele (see the pharmacogenomics section)</source>
        <translation>sin tier: un alelo farmacogenómico de %1 (véase la sección de farmacogenómica)</translation>
    </message>
    <message>
        <source>a variant of unknown significance: gene-level class evidence (%1) applies only to functional members of the class (truncating in a tumor suppressor, or a change or residue a knowledge base documents)</source>
        <translation>una variante de significado incierto: la evidencia de clase a nivel de gen (%1) solo se aplica a los miembros funcionales de la clase (variantes truncantes en un gen supresor de tumores, o un cambio o residuo documentado en una base de conocimiento)</translation>
    </message>
    <message>
        <source>evidence about common germline or pharmacogenomic variants (%1) sets no somatic tier</source>
        <translation>la evidencia sobre variantes germinales comunes o farmacogenómicas (%1) no establece ningún tier somático</translation>
    </message>
    <message>
        <source>predictive items without a therapy (%1) set no therapeutic tier</source>
        <translation>los elementos predictivos sin tratamiento (%1) no establecen ningún tier terapéutico</translation>
    </message>
    <message>
        <source>evidence only off-label or of unknown relevance</source>
        <translation>evidencia solo fuera de indicación o de relevancia desconocida</translation>
    </message>
    <message>
        <source>matched evidence is biological (oncogenic, functional) or germline only, or does not support</source>
        <translation>la evidencia coincidente es solo biológica (oncogénica, funcional) o germinal, o no respalda</translation>
    </message>
    <message>
        <source>common in the population</source>
        <translation>frecuente en la población</translation>
    </message>
    <message>
        <source>no therapeutic (sensitivity) evidence</source>
        <translation>sin evidencia terapéutica (sensibilidad)</translation>
    </message>
    <message>
        <source>no level: no supporting therapeutic, diagnostic or prognostic evidence</source>
        <translation>sin nivel: ninguna evidencia terapéutica, diagnóstica ni pronóstica que lo respalde</translation>
    </message>
    <message>
        <source>; also %1 (%2)</source>
        <translation>; además %1 (%2)</translation>
    </message>
    <message>
        <source>T17 %1, but the value is an estimate (%2): at most II-C</source>
        <translation>T17 %1, pero el valor es una estimación (%2): como máximo II-C</translation>
    </message>
    <message>
        <source>%1 is %2; confirm with a validated assay before acting on it</source>
        <translation>%1 es %2; confirmar con una prueba validada antes de actuar en consecuencia</translation>
    </message>
    <message>
        <source>evidence about germline variants (%1) applied to this variant: its evidence (e.g. a germline-only approval) holds for a somatic call only with caution; establish the variant&apos;s origin</source>
        <translation>evidencia sobre variantes germinales (%1) aplicada a esta variante: su evidencia (p. ej., una aprobación solo para variantes germinales) es válida para una variante somática solo con cautela; determinar el origen de la variante</translation>
    </message>
    <message>
        <source>T16 tumor type missing: level %1 capped at II-C</source>
        <translation>T16 falta el tipo tumoral: nivel %1 limitado a II-C</translation>
    </message>
    <message>
        <source>T16 tumor type missing: level %1 gives II-D</source>
        <translation>T16 falta el tipo tumoral: el nivel %1 da II-D</translation>
    </message>
    <message>
        <source>T14 a diagnostic or prognostic item about cancer in general sets no tier</source>
        <translation>T14 un elemento diagnóstico o pronóstico sobre el cáncer en general no establece ningún tier</translation>
    </message>
    <message>
        <source>T12 pan-cancer level %1 without a tumor-agnostic approval: at most II-C</source>
        <translation>T12 nivel pancáncer %1 sin aprobación agnóstica de tumor: como máximo II-C</translation>
    </message>
    <message>
        <source>T13 pan-cancer level %1 sets no tier</source>
        <translation>T13 el nivel pancáncer %1 no establece ningún tier</translation>
    </message>
    <message>
        <source>T14 a diagnostic or prognostic item off-label sets no tier</source>
        <translation>T14 un elemento diagnóstico o pronóstico fuera de indicación no establece ningún tier</translation>
    </message>
    <message>
        <source>T10 level %1 in another tumor type (Li level C: approved or studied elsewhere): II-C</source>
        <translation>T10 nivel %1 en otro tipo tumoral (nivel C de Li: aprobado o estudiado en otra indicación): II-C</translation>
    </message>
    <message>
        <source>T11 level %1 in another tumor type sets no tier</source>
        <translation>T11 el nivel %1 en otro tipo tumoral no establece ningún tier</translation>
    </message>
    <message>
        <source>T9 level %1 resistance to a therapy not approved in this tumor type: II-C</source>
        <translation>T9 resistencia de nivel %1 a un tratamiento no aprobado en este tipo tumoral: II-C</translation>
    </message>
    <message>
        <source>T5 level A resistance, on-label, to a therapy approved here (%1): I-A</source>
        <translation>T5 resistencia de nivel A, en indicación, a un tratamiento aprobado en este tipo tumoral (%1): I-A</translation>
    </message>
    <message>
        <source>T5 level A, on-label: I-A</source>
        <translation>T5 nivel A, en indicación: I-A</translation>
    </message>
    <message>
        <source>T6 level B with expert consensus (%1), on-label: I-B</source>
        <translation>T6 nivel B con consenso de expertos (%1), en indicación: I-B</translation>
    </message>
    <message>
        <source>T7 level B without expert consensus (%1): Li level C, II-C</source>
        <translation>T7 nivel B sin consenso de expertos (%1): nivel C de Li, II-C</translation>
    </message>
    <message>
        <source>T8 level C, on-label: II-C</source>
        <translation>T8 nivel C, en indicación: II-C</translation>
    </message>
    <message>
        <source>T8 level %1, on-label: II-D</source>
        <translation>T8 nivel %1, en indicación: II-D</translation>
    </message>
    <message>
        <source>%1 approval %2</source>
        <translation>aprobación %1 %2</translation>
    </message>
    <message>
        <source>T16 tumor type missing: %1 capped at II-C</source>
        <translation>T16 falta el tipo tumoral: %1 limitada a II-C</translation>
    </message>
    <message>
        <source>T2 tumor-agnostic %1 covers this tumor: I-A</source>
        <translation>T2 %1, agnóstica de tumor, cubre este tumor: I-A</translation>
    </message>
    <message>
        <source>T2 the tumor-agnostic %1 does not cover this tumor type</source>
        <translation>T2 %1, agnóstica de tumor, no cubre este tipo tumoral</translation>
    </message>
    <message>
        <source>T3 %1 in another tumor type (Li level C): II-C</source>
        <translation>T3 %1 en otro tipo tumoral (nivel C de Li): II-C</translation>
    </message>
    <message>
        <source>T3 resistance per the label of another tumor type sets no tier</source>
        <translation>T3 la resistencia según la ficha técnica de otro tipo tumoral no establece ningún tier</translation>
    </message>
    <message>
        <source>T4 the label states resistance, but the therapy is not approved in this tumor type: II-C</source>
        <translation>T4 la ficha técnica indica resistencia, pero el tratamiento no está aprobado en este tipo tumoral: II-C</translation>
    </message>
    <message>
        <source>T1 resistance stated by the label of %1, on-label: I-A</source>
        <translation>T1 resistencia indicada en la ficha técnica de %1, en indicación: I-A</translation>
    </message>
    <message>
        <source>T1 %1 in this tumor type: I-A</source>
        <translation>T1 %1 en este tipo tumoral: I-A</translation>
    </message>
    <message>
        <source>T15 OncoKB level %1, on-label: I-A</source>
        <translation>T15 nivel %1 de OncoKB, en indicación: I-A</translation>
    </message>
    <message>
        <source>T15 OncoKB level %1, on-label: I-B</source>
        <translation>T15 nivel %1 de OncoKB, en indicación: I-B</translation>
    </message>
    <message>
        <source>T15 OncoKB level 3B: II-C</source>
        <translation>T15 nivel 3B de OncoKB: II-C</translation>
    </message>
    <message>
        <source>T15 OncoKB level 4: II-D</source>
        <translation>T15 nivel 4 de OncoKB: II-D</translation>
    </message>
    <message>
        <source>T15 OncoKB level %1 in another tumor type: II-C</source>
        <translation>T15 nivel %1 de OncoKB en otro tipo tumoral: II-C</translation>
    </message>
    <message>
        <source>T16 tumor type missing: OncoKB level 4 gives II-D</source>
        <translation>T16 falta el tipo tumoral: el nivel 4 de OncoKB da II-D</translation>
    </message>
    <message>
        <source>E2 tumor-agnostic approval (basket trials): I-C</source>
        <translation>E2 aprobación agnóstica de tumor (ensayos basket): I-C</translation>
    </message>
    <message>
        <source>E1 approved in this tumor type: I-A/B</source>
        <translation>E1 aprobado en este tipo tumoral: I-A/B</translation>
    </message>
    <message>
        <source>E5 approved in another tumor type: III-A</source>
        <translation>E5 aprobado en otro tipo tumoral: III-A</translation>
    </message>
    <message>
        <source>E1 OncoKB level %1, on-label</source>
        <translation>E1 nivel %1 de OncoKB, en indicación</translation>
    </message>
    <message>
        <source>E3 OncoKB level 3A, on-label: II-A/B</source>
        <translation>E3 nivel 3A de OncoKB, en indicación: II-A/B</translation>
    </message>
    <message>
        <source>E5 OncoKB level %1 in another tumor type: III-A</source>
        <translation>E5 nivel %1 de OncoKB en otro tipo tumoral: III-A</translation>
    </message>
    <message>
        <source>E6 OncoKB level 4: IV-A</source>
        <translation>E6 nivel 4 de OncoKB: IV-A</translation>
    </message>
    <message>
        <source>E1 level A, on-label: I-A/B</source>
        <translation>E1 nivel A, en indicación: I-A/B</translation>
    </message>
    <message>
        <source>E3 level B with consensus, on-label: II-A/B</source>
        <translation>E3 nivel B con consenso, en indicación: II-A/B</translation>
    </message>
    <message>
        <source>E4 level %1, on-label: II-B</source>
        <translation>E4 nivel %1, en indicación: II-B</translation>
    </message>
    <message>
        <source>E5 pan-cancer level %1 without a tumor-agnostic approval: III-A</source>
        <translation>E5 nivel pancáncer %1 sin aprobación agnóstica de tumor: III-A</translation>
    </message>
    <message>
        <source>E5 level %1 in another tumor type: III-A</source>
        <translation>E5 nivel %1 en otro tipo tumoral: III-A</translation>
    </message>
    <message>
        <source>E6 level D (preclinical), on-label: IV-A</source>
        <translation>E6 nivel D (preclínico), en indicación: IV-A</translation>
    </message>
    <message>
        <source>E6 level E (inferential), on-label: IV-B</source>
        <translation>E6 nivel E (inferencial), en indicación: IV-B</translation>
    </message>
    <message>
        <source>K9 OncoKB&apos;s own level, on-label</source>
        <translation>K9 nivel propio de OncoKB, en indicación</translation>
    </message>
    <message>
        <source>K9 OncoKB level %1 in another tumor type: 3B</source>
        <translation>K9 nivel %1 de OncoKB en otro tipo tumoral: 3B</translation>
    </message>
    <message>
        <source>K9 OncoKB level 4</source>
        <translation>K9 nivel 4 de OncoKB</translation>
    </message>
    <message>
        <source>K1 FDA approval %1 for this indication: 1</source>
        <translation>K1 aprobación FDA %1 para esta indicación: 1</translation>
    </message>
    <message>
        <source>K2 %1 approval %2 for this indication (not FDA): 2</source>
        <translation>K2 aprobación %1 %2 para esta indicación (no FDA): 2</translation>
    </message>
    <message>
        <source>K4 approved in another indication (%1): 3B</source>
        <translation>K4 aprobado en otra indicación (%1): 3B</translation>
    </message>
    <message>
        <source>K1 level A with an FDA-approval assertion, on-label: 1</source>
        <translation>K1 nivel A con una aserción de aprobación por la FDA, en indicación: 1</translation>
    </message>
    <message>
        <source>K2 level A (guideline-level), on-label: 2</source>
        <translation>K2 nivel A (nivel de guía clínica), en indicación: 2</translation>
    </message>
    <message>
        <source>K3 level %1 clinical evidence, on-label: 3A</source>
        <translation>K3 evidencia clínica de nivel %1, en indicación: 3A</translation>
    </message>
    <message>
        <source>K4 level %1 in another or no particular tumor type: 3B</source>
        <translation>K4 nivel %1 en otro tipo tumoral o en ninguno en particular: 3B</translation>
    </message>
    <message>
        <source>K5 level D (biological evidence), on-label: 4</source>
        <translation>K5 nivel D (evidencia biológica), en indicación: 4</translation>
    </message>
    <message>
        <source>K6 resistance to a therapy not approved in this tumor type: no R level</source>
        <translation>K6 resistencia a un tratamiento no aprobado en este tipo tumoral: sin nivel R</translation>
    </message>
    <message>
        <source>K6 standard-care resistance to a therapy approved here (%1): R1</source>
        <translation>K6 resistencia a un tratamiento estándar aprobado en este tipo tumoral (%1): R1</translation>
    </message>
    <message>
        <source>K7 clinical evidence of resistance to a therapy approved here (%1): R2</source>
        <translation>K7 evidencia clínica de resistencia a un tratamiento aprobado en este tipo tumoral (%1): R2</translation>
    </message>
    <message>
        <source>K8 diagnostic level A, on-label</source>
        <translation>K8 nivel diagnóstico A, en indicación</translation>
    </message>
    <message>
        <source>K8 diagnostic level %1, on-label: Dx3</source>
        <translation>K8 nivel diagnóstico %1, en indicación: Dx3</translation>
    </message>
    <message>
        <source>K8 prognostic level A, on-label</source>
        <translation>K8 nivel pronóstico A, en indicación</translation>
    </message>
    <message>
        <source>K8 prognostic level B, on-label: Px3</source>
        <translation>K8 nivel pronóstico B, en indicación: Px3</translation>
    </message>
</context>
<context>
    <name>onco::TimelinePanel</name>
    <message>
        <source>Export TSV...</source>
        <translation>Exportar TSV...</translation>
    </message>
    <message>
        <source>Save every alteration&apos;s VAF at each sample as a table</source>
        <translation>Guardar como tabla la VAF de cada alteración en cada muestra</translation>
    </message>
    <message>
        <source>Samples over time: open a stored case</source>
        <translation>Muestras a lo largo del tiempo: abra un caso almacenado</translation>
    </message>
    <message>
        <source>A patient&apos;s samples over time are shown for cases of the case database.</source>
        <translation>Las muestras de un paciente a lo largo del tiempo se muestran para los casos de la base de datos de casos.</translation>
    </message>
    <message>
        <source>%1 %2 (case %3)</source>
        <translation>%1 %2 (caso %3)</translation>
    </message>
    <message>
        <source>%1, no sample date</source>
        <translation>%1, sin fecha de muestra</translation>
    </message>
    <message>
        <source>liquid biopsy</source>
        <translation>biopsia líquida</translation>
    </message>
    <message>
        <source>tissue</source>
        <translation>tejido</translation>
    </message>
    <message>
        <source>Patient %1: %2</source>
        <translation>Paciente %1: %2</translation>
    </message>
    <message>
        <source>One sample of this patient so far: nothing to compare</source>
        <translation>Por ahora hay una sola muestra de este paciente: nada que comparar</translation>
    </message>
    <message>
        <source>Tumor VAF of the alterations with tier I or II or with evidence, by sample date</source>
        <translation>VAF tumoral de las alteraciones con tier I o II o con evidencia, por fecha de muestra</translation>
    </message>
    <message>
        <source>Sample date</source>
        <translation>Fecha de muestra</translation>
    </message>
    <message>
        <source>Tumor VAF</source>
        <translation>VAF tumoral</translation>
    </message>
    <message>
        <source>No alteration with tier I or II or with evidence appeared or was lost between the samples.</source>
        <translation>Ninguna alteración con tier I o II o con evidencia apareció ni se perdió entre las muestras.</translation>
    </message>
    <message>
        <source>Export Samples over Time</source>
        <translation>Exportar muestras a lo largo del tiempo</translation>
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
        <translation>No se pudo escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>onco::TranscriptModels</name>
    <message>
        <source>a transcript table needs gene, refseq, ensembl, chrom, strand, tx_start, tx_end, cds_start, cds_end, exon_starts and exon_ends</source>
        <translation>una tabla de transcritos requiere gene, refseq, ensembl, chrom, strand, tx_start, tx_end, cds_start, cds_end, exon_starts y exon_ends</translation>
    </message>
    <message>
        <source>transcript coordinates are not valid</source>
        <translation>las coordenadas del transcrito no son válidas</translation>
    </message>
    <message>
        <source>exons overlap or are not in genome order</source>
        <translation>los exones se solapan o no están en orden genómico</translation>
    </message>
    <message>
        <source>a GFF3 line needs 9 tab-separated columns, this one has %1</source>
        <translation>una línea GFF3 requiere 9 columnas separadas por tabuladores; esta tiene %1</translation>
    </message>
    <message>
        <source>GFF3 start and end are not valid 1-based positions</source>
        <translation>el inicio y el fin GFF3 no son posiciones válidas en base 1</translation>
    </message>
    <message>
        <source>the GFF3 file describes no transcript with exons</source>
        <translation>el archivo GFF3 no describe ningún transcrito con exones</translation>
    </message>
    <message>
        <source>not a gene extent table</source>
        <translation>no es una tabla de extensiones génicas</translation>
    </message>
    <message>
        <source>not a gene extent</source>
        <translation>no es una extensión génica</translation>
    </message>
</context>
<context>
    <name>onco::TsvReader</name>
    <message>
        <source>the file is empty: no header row</source>
        <translation>el archivo está vacío: no hay fila de cabecera</translation>
    </message>
</context>
<context>
    <name>onco::TumorRelation</name>
    <message>
        <source>same tumor type</source>
        <translation>mismo tipo tumoral</translation>
    </message>
    <message>
        <source>evidence in a broader tumor type</source>
        <translation>evidencia en un tipo tumoral más amplio</translation>
    </message>
    <message>
        <source>evidence in a subtype</source>
        <translation>evidencia en un subtipo</translation>
    </message>
    <message>
        <source>unrelated tumor type</source>
        <translation>tipo tumoral no relacionado</translation>
    </message>
    <message>
        <source>relation unknown</source>
        <translation>relación desconocida</translation>
    </message>
</context>
<context>
    <name>onco::TumorTypeGraph</name>
    <message>
        <source>not a Disease Ontology report: the header needs id, label and subClassOf</source>
        <translation>no es un informe de Disease Ontology: el encabezado requiere id, label y subClassOf</translation>
    </message>
    <message>
        <source>not a DOID with a label; row skipped</source>
        <translation>no es un DOID con etiqueta; fila omitida</translation>
    </message>
    <message>
        <source>label &quot;%1&quot; of %2 also names another term</source>
        <translation>la etiqueta &quot;%1&quot; de %2 también designa otro término</translation>
    </message>
    <message>
        <source>no Disease Ontology terms</source>
        <translation>no hay términos de Disease Ontology</translation>
    </message>
    <message>
        <source>parent &quot;%1&quot; of %2 is not another term&apos;s label; edge dropped</source>
        <translation>el padre &quot;%1&quot; de %2 no es la etiqueta de otro término; arista descartada</translation>
    </message>
    <message>
        <source>the is_a relation of the ontology has a cycle</source>
        <translation>la relación is_a de la ontología tiene un ciclo</translation>
    </message>
    <message>
        <source>neither map has a row for invasive breast carcinoma, so no Breast code resolved</source>
        <translation>ningún mapa tiene una fila para invasive breast carcinoma, por lo que no se resolvió ningún código de Breast</translation>
    </message>
    <message>
        <source>tissue node without a row, mapped to its organ cancer like BRAIN -&gt; brain cancer</source>
        <translation>nodo de tejido sin fila, asignado al cáncer de su órgano, como BRAIN -&gt; brain cancer</translation>
    </message>
    <message>
        <source>both maps give DOID:8692 myeloid leukemia, which is broader</source>
        <translation>ambos mapas dan DOID:8692 myeloid leukemia, que es más amplio</translation>
    </message>
    <message>
        <source>phenOncoX gives DOID:3683 lung benign neoplasm for the Lung tissue</source>
        <translation>phenOncoX da DOID:3683 lung benign neoplasm para el tejido Lung</translation>
    </message>
    <message>
        <source>phenOncoX gives DOID:731 urinary system benign neoplasm for the Bladder/Urinary Tract tissue</source>
        <translation>phenOncoX da DOID:731 urinary system benign neoplasm para el tejido Bladder/Urinary Tract</translation>
    </message>
    <message>
        <source>phenOncoX gives only DOID:1107 esophageal carcinoma for the Esophagus/Stomach tissue</source>
        <translation>phenOncoX solo da DOID:1107 esophageal carcinoma para el tejido Esophagus/Stomach</translation>
    </message>
    <message>
        <source>phenOncoX gives DOID:1240 leukemia, but the Myeloid tissue also holds MDS, MPN and mastocytosis</source>
        <translation>phenOncoX da DOID:1240 leukemia, pero el tejido Myeloid también incluye MDS, MPN y mastocitosis</translation>
    </message>
    <message>
        <source>phenOncoX adds DOID:0070004, which was myeloma in its DO release and is myeloid neoplasm now</source>
        <translation>phenOncoX añade DOID:0070004, que era myeloma en su versión de DO y ahora es myeloid neoplasm</translation>
    </message>
    <message>
        <source>phenOncoX gives DOID:0080211 nodal marginal zone lymphoma; EMALT is extranodal</source>
        <translation>phenOncoX da DOID:0080211 nodal marginal zone lymphoma; EMALT es extraganglionar</translation>
    </message>
    <message>
        <source>tissue node without a row, mapped to its organ cancer</source>
        <translation>nodo de tejido sin fila, asignado al cáncer de su órgano</translation>
    </message>
    <message>
        <source>neither map has a row; the upper urinary tract is the ureter and the renal pelvis</source>
        <translation>ningún mapa tiene una fila; el tracto urinario superior comprende el uréter y la pelvis renal</translation>
    </message>
    <message>
        <source>neither map has a row for urethral urothelial carcinoma</source>
        <translation>ningún mapa tiene una fila para urethral urothelial carcinoma</translation>
    </message>
    <message>
        <source>tissue node without a row; its malignant codes are soft tissue sarcomas</source>
        <translation>nodo de tejido sin fila; sus códigos malignos son sarcomas de tejidos blandos</translation>
    </message>
    <message>
        <source>not an OncoTree to DOID map: the header needs %1, %2 and %3</source>
        <translation>no es un mapa de OncoTree a DOID: el encabezado requiere %1, %2 y %3</translation>
    </message>
    <message>
        <source>%1: %2 (%3) is not in the Disease Ontology; row dropped</source>
        <translation>%1: %2 (%3) no está en Disease Ontology; fila descartada</translation>
    </message>
    <message>
        <source>%1: %2 (%3) is not in the Disease Ontology; using %4</source>
        <translation>%1: %2 (%3) no está en Disease Ontology; se usa %4</translation>
    </message>
    <message>
        <source>%1 is obsolete, matched by label</source>
        <translation>%1 está obsoleto; coincidencia por etiqueta</translation>
    </message>
    <message>
        <source>%1: the map calls %2 &quot;%3&quot;, the Disease Ontology &quot;%4&quot;</source>
        <translation>%1: el mapa llama a %2 &quot;%3&quot;; Disease Ontology, &quot;%4&quot;</translation>
    </message>
    <message>
        <source>curated row %1: %2 is not in the Disease Ontology</source>
        <translation>fila curada %1: %2 no está en Disease Ontology</translation>
    </message>
    <message>
        <source>%1: phenOncoX (%2) and the NCIt join (%3) disagree; phenOncoX is used</source>
        <translation>%1: phenOncoX (%2) y la unión con NCIt (%3) discrepan; se usa phenOncoX</translation>
    </message>
    <message>
        <source>not an OncoTree tree: no TISSUE root</source>
        <translation>no es un árbol OncoTree: no hay raíz TISSUE</translation>
    </message>
    <message>
        <source>%1: earlier OncoTree code of %2</source>
        <translation>%1: código OncoTree anterior de %2</translation>
    </message>
    <message>
        <source>%1: parent %2 of %3 is not in the tree</source>
        <translation>%1: el padre %2 de %3 no está en el árbol</translation>
    </message>
    <message>
        <source>OncoTree code %1 was revoked by %2; it resolves to their common ancestor %3</source>
        <translation>el código OncoTree %1 fue revocado por %2; se resuelve a su ancestro común %3</translation>
    </message>
    <message>
        <source>%1: revoked OncoTree code, replaced by %2</source>
        <translation>%1: código OncoTree revocado, sustituido por %2</translation>
    </message>
    <message>
        <source>%1: revoked OncoTree code, split into %2</source>
        <translation>%1: código OncoTree revocado, dividido en %2</translation>
    </message>
    <message>
        <source>curated: %1</source>
        <translation>curado: %1</translation>
    </message>
    <message>
        <source>phenOncoX map</source>
        <translation>mapa de phenOncoX</translation>
    </message>
    <message>
        <source>NCIt join %1</source>
        <translation>unión con NCIt %1</translation>
    </message>
    <message>
        <source>same name in the Disease Ontology</source>
        <translation>mismo nombre en Disease Ontology</translation>
    </message>
    <message>
        <source>%1 (%2, %3, retired)</source>
        <translation>%1 (%2, %3, retirado)</translation>
    </message>
    <message>
        <source>parent %1</source>
        <translation>padre %1</translation>
    </message>
    <message>
        <source>replaced by %1</source>
        <translation>sustituido por %1</translation>
    </message>
    <message>
        <source>the evidence disease is not a Disease Ontology term</source>
        <translation>la enfermedad de la evidencia no es un término de Disease Ontology</translation>
    </message>
    <message>
        <source>no DOID for this code or any code above it</source>
        <translation>no hay DOID para este código ni para ningún código superior</translation>
    </message>
    <message>
        <source>%1 is a receptor-defined subtype of breast cancer: on-label when the tumor is %2</source>
        <translation>%1 es un subtipo de cáncer de mama definido por receptores: en indicación cuando el tumor es %2</translation>
    </message>
    <message>
        <source>%1 is a subtype of %2, which %3 borrows from a code above it: it may be %3&apos;s own type or a sibling&apos;s, so it is on-label only when the alteration defines it</source>
        <translation>%1 es un subtipo de %2, que %3 toma de un código superior: puede ser el tipo propio de %3 o el de un hermano, por lo que solo está en indicación cuando la alteración lo define</translation>
    </message>
    <message>
        <source>%1 is pan-cancer evidence: it applies to every tumor type</source>
        <translation>%1 es evidencia pancáncer: se aplica a todos los tipos tumorales</translation>
    </message>
    <message>
        <source>tissue %1: not a hematologic cancer, so &quot;Solid Tumor&quot; evidence applies</source>
        <translation>tejido %1: no es un cáncer hematológico, por lo que se aplica la evidencia de &quot;Solid Tumor&quot;</translation>
    </message>
    <message>
        <source>is_a %1</source>
        <translation>is_a %1</translation>
    </message>
    <message>
        <source>tissue %1</source>
        <translation>tejido %1</translation>
    </message>
    <message>
        <source>a hematologic cancer, so &quot;Solid Tumor&quot; evidence does not apply</source>
        <translation>un cáncer hematológico, por lo que no se aplica la evidencia de &quot;Solid Tumor&quot;</translation>
    </message>
    <message>
        <source>no is_a path to or from %1</source>
        <translation>ninguna ruta is_a hacia %1 ni desde él</translation>
    </message>
    <message>
        <source>has subtype %1</source>
        <translation>tiene el subtipo %1</translation>
    </message>
    <message>
        <source>the DOID of OncoTree ancestor %1</source>
        <translation>el DOID del ancestro OncoTree %1</translation>
    </message>
    <message>
        <source>mapped code %1 is not an OncoTree code</source>
        <translation>el código asignado %1 no es un código OncoTree</translation>
    </message>
    <message>
        <source>no tumor type given</source>
        <translation>no se indicó ningún tipo tumoral</translation>
    </message>
    <message>
        <source>%1: not an OncoTree code (%2 or %3)</source>
        <translation>%1: no es un código OncoTree (%2 o %3)</translation>
    </message>
    <message>
        <source>no DOID; disease name &quot;%1&quot;</source>
        <translation>sin DOID; nombre de la enfermedad &quot;%1&quot;</translation>
    </message>
    <message>
        <source>DOID &quot;%1&quot;</source>
        <translation>DOID &quot;%1&quot;</translation>
    </message>
    <message>
        <source>evidence DOID found by the disease name &quot;%1&quot;</source>
        <translation>DOID de la evidencia encontrado por el nombre de la enfermedad &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the tumor is not %1</source>
        <translation>el tumor no es %1</translation>
    </message>
    <message>
        <source>on-label only for %1 tumors; the case does not give that status</source>
        <translation>en indicación solo para tumores %1; el caso no indica ese estado</translation>
    </message>
    <message>
        <source>the tumor is %1 (HER2 by its ERBB2 amplification)</source>
        <translation>el tumor es %1 (HER2 por su amplificación de ERBB2)</translation>
    </message>
    <message>
        <source>the tumor is %1</source>
        <translation>el tumor es %1</translation>
    </message>
</context>
<context>
    <name>onco::VafHistogram</name>
    <message>
        <source>No small variants with a tumor VAF in this case</source>
        <translation>No hay variantes pequeñas con VAF tumoral en este caso</translation>
    </message>
    <message>
        <source>Tumor VAF of small variants (n = %1, bins of %2%)</source>
        <translation>VAF tumoral de las variantes pequeñas (n = %1, intervalos de %2%)</translation>
    </message>
    <message>
        <source>VAFs outside 0-1, counted in the end bins: %1</source>
        <translation>VAF fuera de 0-1, contadas en los intervalos extremos: %1</translation>
    </message>
    <message>
        <source>%1: VAF %2</source>
        <translation>%1: VAF %2</translation>
    </message>
    <message>
        <source>Variants</source>
        <translation>Variantes</translation>
    </message>
    <message>
        <source>Tumor variant allele fraction</source>
        <translation>Fracción alélica tumoral de la variante</translation>
    </message>
    <message>
        <source>VAF %1–%2: %3 variants</source>
        <translation>VAF %1–%2: %3 variantes</translation>
    </message>
</context>
<context>
    <name>onco::VariantFilterBar</name>
    <message>
        <source>AMP tier</source>
        <translation>Tier AMP</translation>
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
        <translation>Sin tier</translation>
    </message>
    <message>
        <source>Consequence</source>
        <translation>Consecuencia</translation>
    </message>
    <message>
        <source>Missense</source>
        <translation>Cambio de sentido</translation>
    </message>
    <message>
        <source>Truncating</source>
        <translation>Truncante</translation>
    </message>
    <message>
        <source>In-frame</source>
        <translation>En marco</translation>
    </message>
    <message>
        <source>Splice</source>
        <translation>Splicing</translation>
    </message>
    <message>
        <source>Copy number</source>
        <translation>Número de copias</translation>
    </message>
    <message>
        <source>Fusion</source>
        <translation>Fusión</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otras</translation>
    </message>
    <message>
        <source>Only actionable</source>
        <translation>Solo accionables</translation>
    </message>
    <message>
        <source>Hide excluded</source>
        <translation>Ocultar excluidas</translation>
    </message>
    <message>
        <source>Search gene, change, position...</source>
        <translation>Buscar gen, cambio, posición...</translation>
    </message>
    <message>
        <source>Lowest tumor VAF shown</source>
        <translation>VAF tumoral mínima mostrada</translation>
    </message>
    <message>
        <source>Highest tumor VAF shown</source>
        <translation>VAF tumoral máxima mostrada</translation>
    </message>
    <message>
        <source>Genes: BRAF, KRAS ...</source>
        <translation>Genes: BRAF, KRAS ...</translation>
    </message>
    <message>
        <source>AMP Tier I or II only</source>
        <translation>Solo AMP Tier I o II</translation>
    </message>
    <message>
        <source>Hide alterations reviewed as exclude or artefact</source>
        <translation>Ocultar las alteraciones revisadas como excluidas o artefacto</translation>
    </message>
    <message>
        <source>VAF</source>
        <translation>VAF</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Show every alteration again</source>
        <translation>Volver a mostrar todas las alteraciones</translation>
    </message>
    <message>
        <source>%L1 of %L2 shown</source>
        <translation>%L1 de %L2 mostradas</translation>
    </message>
    <message>
        <source>%L1 shown</source>
        <translation>%L1 mostradas</translation>
    </message>
    <message>
        <source>AMP tier (%1)</source>
        <translation>Tier AMP (%1)</translation>
    </message>
    <message>
        <source>Consequence (%1)</source>
        <translation>Consecuencia (%1)</translation>
    </message>
</context>
<context>
    <name>onco::VariantRule</name>
    <message>
        <source>a &apos;rare&apos; exon mutation is defined by its rarity, which is not in the case data</source>
        <translation>una mutación exónica &apos;rare&apos; se define por su rareza, que no figura en los datos del caso</translation>
    </message>
    <message>
        <source>expression is not measured by the case data</source>
        <translation>los datos del caso no miden la expresión</translation>
    </message>
    <message>
        <source>a deletion of several exons needs structural-variant or exon-level copy-number data</source>
        <translation>una deleción de varios exones requiere datos de variantes estructurales o de número de copias a nivel de exón</translation>
    </message>
    <message>
        <source>no rule for &apos;%1&apos;</source>
        <translation>no hay ninguna regla para &apos;%1&apos;</translation>
    </message>
    <message>
        <source>protein or expression levels are not measured by the case data</source>
        <translation>los datos del caso no miden niveles de proteína ni de expresión</translation>
    </message>
    <message>
        <source>methylation is not measured by the case data</source>
        <translation>los datos del caso no miden la metilación</translation>
    </message>
    <message>
        <source>the absence of a variant cannot be concluded from the variants found</source>
        <translation>la ausencia de una variante no puede deducirse de las variantes encontradas</translation>
    </message>
    <message>
        <source>protein-domain boundaries are not shipped with OncoBoard</source>
        <translation>OncoBoard no incluye los límites de los dominios proteicos</translation>
    </message>
    <message>
        <source>dbSNP identifiers are not kept from the input; matched by coordinates when CIViC gives them</source>
        <translation>los identificadores de dbSNP no se conservan de la entrada; coincidencia por coordenadas cuando CIViC las proporciona</translation>
    </message>
    <message>
        <source>loss of heterozygosity and biallelic inactivation are not derived from the case data</source>
        <translation>la pérdida de heterocigosidad y la inactivación bialélica no se derivan de los datos del caso</translation>
    </message>
    <message>
        <source>the fusion names no partner gene</source>
        <translation>la fusión no indica ningún gen pareja</translation>
    </message>
    <message>
        <source>the factor &apos;%1 %2&apos; is not measured by the case data</source>
        <translation>los datos del caso no miden el factor &apos;%1 %2&apos;</translation>
    </message>
    <message>
        <source>no matching rule for the variant name &apos;%1&apos;</source>
        <translation>no hay ninguna regla coincidente para el nombre de variante &apos;%1&apos;</translation>
    </message>
    <message>
        <source>protein change %1</source>
        <translation>cambio proteico %1</translation>
    </message>
    <message>
        <source>any change at codon %1</source>
        <translation>cualquier cambio en el codón %1</translation>
    </message>
    <message>
        <source>a deletion within residues %1-%2</source>
        <translation>una deleción dentro de los residuos %1-%2</translation>
    </message>
    <message>
        <source>any change within residues %1-%2</source>
        <translation>cualquier cambio dentro de los residuos %1-%2</translation>
    </message>
    <message>
        <source>an in-frame deletion in exon %1</source>
        <translation>una deleción en marco en el exón %1</translation>
    </message>
    <message>
        <source>an in-frame insertion in exon %1</source>
        <translation>una inserción en marco en el exón %1</translation>
    </message>
    <message>
        <source>a splice-site variant of exon %1 (exon skipping)</source>
        <translation>una variante de sitio de splicing del exón %1 (omisión del exón)</translation>
    </message>
    <message>
        <source>a frameshift in exon %1</source>
        <translation>un desplazamiento del marco de lectura en el exón %1</translation>
    </message>
    <message>
        <source>a protein-altering variant in exon %1</source>
        <translation>una variante con cambio proteico en el exón %1</translation>
    </message>
    <message>
        <source>any protein-altering variant of the gene</source>
        <translation>cualquier variante con cambio proteico del gen</translation>
    </message>
    <message>
        <source>an oncogenic variant of the gene (known oncogenic, or truncating in a tumor suppressor)</source>
        <translation>una variante oncogénica del gen (oncogénica conocida, o truncante en un gen supresor de tumores)</translation>
    </message>
    <message>
        <source>an activating variant of the gene (known oncogenic in this release)</source>
        <translation>una variante activadora del gen (oncogénica conocida en esta versión)</translation>
    </message>
    <message>
        <source>a loss-of-function variant of a tumor suppressor (truncating, or deep deletion)</source>
        <translation>una variante de pérdida de función de un gen supresor de tumores (truncante o deleción profunda)</translation>
    </message>
    <message>
        <source>a truncating variant (nonsense, frameshift, canonical splice site, start loss)</source>
        <translation>una variante truncante (sin sentido, desplazamiento del marco de lectura, sitio de splicing canónico, pérdida del codón de inicio)</translation>
    </message>
    <message>
        <source>a frameshift variant</source>
        <translation>una variante con desplazamiento del marco de lectura</translation>
    </message>
    <message>
        <source>gene amplification</source>
        <translation>amplificación del gen</translation>
    </message>
    <message>
        <source>deep (homozygous) deletion of the gene</source>
        <translation>deleción profunda (homocigota) del gen</translation>
    </message>
    <message>
        <source>amplification or deep deletion of the gene</source>
        <translation>amplificación o deleción profunda del gen</translation>
    </message>
    <message>
        <source>a promoter (upstream or 5&apos; UTR) variant of the gene</source>
        <translation>una variante del promotor (aguas arriba o 5&apos; UTR) del gen</translation>
    </message>
    <message>
        <source>an internal tandem duplication (in-frame insertion or duplication)</source>
        <translation>una duplicación interna en tándem (inserción o duplicación en marco)</translation>
    </message>
    <message>
        <source>any fusion involving %1</source>
        <translation>cualquier fusión que implique a %1</translation>
    </message>
    <message>
        <source>fusion %1::%2%3</source>
        <translation>fusión %1::%2%3</translation>
    </message>
    <message>
        <source> (%1; exons not compared)</source>
        <translation> (%1; exones no comparados)</translation>
    </message>
    <message>
        <source>the named event %1</source>
        <translation>el evento designado %1</translation>
    </message>
</context>
<context>
    <name>onco::VariantTableModel</name>
    <message>
        <source>amplification</source>
        <translation>amplificación</translation>
    </message>
    <message>
        <source>gain</source>
        <translation>ganancia</translation>
    </message>
    <message>
        <source>shallow deletion</source>
        <translation>deleción superficial</translation>
    </message>
    <message>
        <source>deep deletion</source>
        <translation>deleción profunda</translation>
    </message>
    <message>
        <source>copy neutral</source>
        <translation>número de copias neutro</translation>
    </message>
    <message>
        <source> (CN %1)</source>
        <translation> (CN %1)</translation>
    </message>
    <message>
        <source>%1 fusion</source>
        <translation>fusión %1</translation>
    </message>
    <message>
        <source>codon %1%2?</source>
        <translation>codón %1%2?</translation>
    </message>
    <message>
        <source>Comment: %1</source>
        <translation>Comentario: %1</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1, línea %2</translation>
    </message>
    <message>
        <source>Named by the knowledge base variant this allele matched; the input file has no annotation.</source>
        <translation>Nombre tomado de la variante de la base de conocimiento con la que coincidió este alelo; el archivo de entrada no tiene anotación.</translation>
    </message>
    <message>
        <source>Gene</source>
        <translation>Gen</translation>
    </message>
    <message>
        <source>Alteration</source>
        <translation>Alteración</translation>
    </message>
    <message>
        <source>Consequence</source>
        <translation>Consecuencia</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <source>Tumor VAF</source>
        <translation>VAF tumoral</translation>
    </message>
    <message>
        <source>Depth</source>
        <translation>Profundidad</translation>
    </message>
    <message>
        <source>Normal VAF</source>
        <translation>VAF normal</translation>
    </message>
    <message>
        <source>Copy number</source>
        <translation>Número de copias</translation>
    </message>
    <message>
        <source>log2 ratio</source>
        <translation>Cociente log2</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filtro</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidencia</translation>
    </message>
    <message>
        <source>Best level</source>
        <translation>Mejor nivel</translation>
    </message>
    <message>
        <source>AMP tier</source>
        <translation>Tier AMP</translation>
    </message>
    <message>
        <source>ESCAT</source>
        <translation>ESCAT</translation>
    </message>
    <message>
        <source>OncoKB-style</source>
        <translation>Estilo OncoKB</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Coincidencia</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Alertas</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decisión</translation>
    </message>
</context>
<context>
    <name>onco::VcfReader</name>
    <message>
        <source>contig not declared in the header</source>
        <translation>contig no declarado en la cabecera</translation>
    </message>
    <message>
        <source>INFO/FORMAT tag not declared in the header</source>
        <translation>etiqueta INFO/FORMAT no declarada en la cabecera</translation>
    </message>
    <message>
        <source>wrong number of columns</source>
        <translation>número de columnas incorrecto</translation>
    </message>
    <message>
        <source>value out of range (position, length or count too large)</source>
        <translation>valor fuera de rango (posición, longitud o recuento demasiado grandes)</translation>
    </message>
    <message>
        <source>invalid character</source>
        <translation>carácter no válido</translation>
    </message>
    <message>
        <source>invalid contig name</source>
        <translation>nombre de contig no válido</translation>
    </message>
    <message>
        <source>invalid INFO/FORMAT tag or value</source>
        <translation>etiqueta o valor INFO/FORMAT no válido</translation>
    </message>
    <message>
        <source>malformed record</source>
        <translation>registro mal formado</translation>
    </message>
    <message>
        <source>file not found</source>
        <translation>archivo no encontrado</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>no es un archivo normal</translation>
    </message>
    <message>
        <source>cannot open: %1</source>
        <translation>no se puede abrir: %1</translation>
    </message>
    <message>
        <source>not a VCF or BCF file (it looks like: %1)</source>
        <translation>no es un archivo VCF ni BCF (parece: %1)</translation>
    </message>
    <message>
        <source>the BCF header is broken or the file is truncated</source>
        <translation>la cabecera BCF está dañada o el archivo está truncado</translation>
    </message>
    <message>
        <source>the header says %1 (%2) but the case is %3; coordinates are read as %3</source>
        <translation>la cabecera indica %1 (%2) pero el caso es %3; las coordenadas se leen como %3</translation>
    </message>
    <message>
        <source>not part of the VCF, ignored: &apos;%1&apos;</source>
        <translation>no forma parte del VCF, se ignora: &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the header has no #CHROM line before the first record</source>
        <translation>la cabecera no tiene ninguna línea #CHROM antes del primer registro</translation>
    </message>
    <message>
        <source>the #CHROM line must be tab-separated with at least 8 columns</source>
        <translation>la línea #CHROM debe estar separada por tabuladores y tener al menos 8 columnas</translation>
    </message>
    <message>
        <source>column %1 of the #CHROM line is &apos;%2&apos;, expected &apos;%3&apos;</source>
        <translation>la columna %1 de la línea #CHROM es &apos;%2&apos;; se esperaba &apos;%3&apos;</translation>
    </message>
    <message>
        <source>column 9 of the #CHROM line must be FORMAT</source>
        <translation>la columna 9 de la línea #CHROM debe ser FORMAT</translation>
    </message>
    <message>
        <source>sample column %1 has an empty name</source>
        <translation>la columna de muestra %1 tiene un nombre vacío</translation>
    </message>
    <message>
        <source>sample name &apos;%1&apos; appears twice</source>
        <translation>el nombre de muestra &apos;%1&apos; aparece dos veces</translation>
    </message>
    <message>
        <source>read error in the header (corrupt or truncated compressed data)</source>
        <translation>error de lectura en la cabecera (datos comprimidos corruptos o truncados)</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>el archivo está vacío</translation>
    </message>
    <message>
        <source>the header has no #CHROM line</source>
        <translation>la cabecera no tiene ninguna línea #CHROM</translation>
    </message>
    <message>
        <source>malformed header line: %1</source>
        <translation>línea de cabecera mal formada: %1</translation>
    </message>
    <message>
        <source>header line conflicts with an earlier one: %1</source>
        <translation>la línea de cabecera entra en conflicto con una anterior: %1</translation>
    </message>
    <message>
        <source>the header could not be parsed</source>
        <translation>no se pudo analizar la cabecera</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>tumor sample &apos;%1&apos; is not in the file (samples: %2)</source>
        <translation>la muestra tumoral &apos;%1&apos; no está en el archivo (muestras: %2)</translation>
    </message>
    <message>
        <source>normal sample &apos;%1&apos; is not in the file (samples: %2)</source>
        <translation>la muestra normal &apos;%1&apos; no está en el archivo (muestras: %2)</translation>
    </message>
    <message>
        <source>the same sample &apos;%1&apos; was given as tumor and normal</source>
        <translation>la misma muestra &apos;%1&apos; se indicó como tumoral y como normal</translation>
    </message>
    <message>
        <source>cannot tell which sample is the tumor (samples: %1); allele fractions are not read. Name it with --tumor-sample.</source>
        <translation>no se puede determinar qué muestra es la tumoral (muestras: %1); no se leen las fracciones alélicas. Indíquela con --tumor-sample.</translation>
    </message>
    <message>
        <source>loading canceled</source>
        <translation>carga cancelada</translation>
    </message>
    <message>
        <source>corrupt or truncated BCF record</source>
        <translation>registro BCF corrupto o truncado</translation>
    </message>
    <message>
        <source>read error: the data is corrupt or truncated</source>
        <translation>error de lectura: los datos están corruptos o truncados</translation>
    </message>
    <message numerus="yes">
        <source>the BGZF end-of-file block is missing: the file is truncated after this line (%n record(s) read); nothing of it is used (--allow-truncated reads what is there)</source>
        <translation>
            <numerusform>falta el bloque de fin de archivo BGZF: el archivo está truncado después de esta línea (%n registro leído); no se utiliza nada de él (--allow-truncated lee lo que haya)</numerusform>
            <numerusform>falta el bloque de fin de archivo BGZF: el archivo está truncado después de esta línea (%n registros leídos); no se utiliza nada de él (--allow-truncated lee lo que haya)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the BGZF end-of-file block is missing: the file is truncated after this line; only the %n record(s) before it were read</source>
        <translation>
            <numerusform>falta el bloque de fin de archivo BGZF: el archivo está truncado después de esta línea; solo se leyó %n registro anterior a ella</numerusform>
            <numerusform>falta el bloque de fin de archivo BGZF: el archivo está truncado después de esta línea; solo se leyeron los %n registros anteriores a ella</numerusform>
        </translation>
    </message>
    <message>
        <source>expected %1 tab-separated columns, found %2</source>
        <translation>se esperaban %1 columnas separadas por tabuladores; se encontraron %2</translation>
    </message>
    <message>
        <source>column %1 is empty</source>
        <translation>la columna %1 está vacía</translation>
    </message>
    <message>
        <source>POS &apos;%1&apos; is not a whole number</source>
        <translation>POS &apos;%1&apos; no es un número entero</translation>
    </message>
    <message>
        <source>REF &apos;%1&apos; holds a character other than A, C, G, T, N</source>
        <translation>REF &apos;%1&apos; contiene un carácter distinto de A, C, G, T, N</translation>
    </message>
    <message>
        <source>record could not be decoded</source>
        <translation>no se pudo decodificar el registro</translation>
    </message>
    <message>
        <source>%1 read support of %2 not used: %3</source>
        <translation>soporte de lecturas de %1 de %2 no utilizado: %3</translation>
    </message>
</context>
<context>
    <name>onco::VcfValidator</name>
    <message>
        <source>%1 is not an Integer %2</source>
        <translation>%1 no es un Integer %2</translation>
    </message>
    <message>
        <source>%1 does not fit a 32-bit Integer</source>
        <translation>%1 no cabe en un Integer de 32 bits</translation>
    </message>
    <message>
        <source>%1 uses a value from -2147483648 to -2147483641, which VCF reserves</source>
        <translation>%1 usa un valor de -2147483648 a -2147483641, que VCF reserva</translation>
    </message>
    <message>
        <source>%1 is negative</source>
        <translation>%1 es negativo</translation>
    </message>
    <message>
        <source>%1 is not a Float %2</source>
        <translation>%1 no es un Float %2</translation>
    </message>
    <message>
        <source>%1 is not a single Character %2</source>
        <translation>%1 no es un único Character %2</translation>
    </message>
    <message>
        <source>%1 is not a CIGAR string</source>
        <translation>%1 no es una cadena CIGAR</translation>
    </message>
    <message>
        <source>%1: a Flag takes no value (%2)</source>
        <translation>%1: un Flag no lleva valor (%2)</translation>
    </message>
    <message>
        <source>INFO field %1 has no value, but is a %2 %3</source>
        <translation>el campo INFO %1 no tiene valor, pero es un %2 %3</translation>
    </message>
    <message>
        <source>%1 is empty; write &apos;.&apos; for a missing value</source>
        <translation>%1 está vacío; escriba &apos;.&apos; para un valor ausente</translation>
    </message>
    <message>
        <source>%1 has %2 values, expected %3 (Number=%4 %5)</source>
        <translation>%1 tiene %2 valores; se esperaban %3 (Number=%4 %5)</translation>
    </message>
    <message>
        <source>INFO field %1</source>
        <translation>campo INFO %1</translation>
    </message>
    <message>
        <source>FORMAT field %1 of sample %2</source>
        <translation>campo FORMAT %1 de la muestra %2</translation>
    </message>
    <message>
        <source>as declared at line %1</source>
        <translation>según se declara en la línea %1</translation>
    </message>
    <message>
        <source>as the VCF specification reserves it</source>
        <translation>según lo reserva la especificación VCF</translation>
    </message>
    <message>
        <source>FORMAT &apos;%1&apos; has an empty field name</source>
        <translation>FORMAT &apos;%1&apos; tiene un nombre de campo vacío</translation>
    </message>
    <message>
        <source>FORMAT key &apos;%1&apos; is not alphanumeric</source>
        <translation>la clave FORMAT &apos;%1&apos; no es alfanumérica</translation>
    </message>
    <message>
        <source>FORMAT key &apos;%1&apos; is not a valid key</source>
        <translation>la clave FORMAT &apos;%1&apos; no es una clave válida</translation>
    </message>
    <message>
        <source>FORMAT lists %1 twice</source>
        <translation>FORMAT enumera %1 dos veces</translation>
    </message>
    <message>
        <source>GT must be the first FORMAT field</source>
        <translation>GT debe ser el primer campo de FORMAT</translation>
    </message>
    <message>
        <source>INFO has an empty entry (a &apos;;&apos; at the start or end, or doubled)</source>
        <translation>INFO tiene una entrada vacía (un &apos;;&apos; al principio o al final, o duplicado)</translation>
    </message>
    <message>
        <source>INFO key &apos;%1&apos; is not a valid key</source>
        <translation>la clave INFO &apos;%1&apos; no es una clave válida</translation>
    </message>
    <message>
        <source>INFO lists %1 twice</source>
        <translation>INFO enumera %1 dos veces</translation>
    </message>
    <message>
        <source>FORMAT is empty; write &apos;.&apos; when there is no data</source>
        <translation>FORMAT está vacío; escriba &apos;.&apos; cuando no haya datos</translation>
    </message>
    <message>
        <source>sample %1 has an empty value; write &apos;.&apos; for missing data</source>
        <translation>la muestra %1 tiene un valor vacío; escriba &apos;.&apos; para datos ausentes</translation>
    </message>
    <message>
        <source>sample %1 has more fields than FORMAT &apos;%2&apos;</source>
        <translation>la muestra %1 tiene más campos que FORMAT &apos;%2&apos;</translation>
    </message>
    <message>
        <source>GT &apos;%1&apos; of sample %2 is not a valid genotype</source>
        <translation>GT &apos;%1&apos; de la muestra %2 no es un genotipo válido</translation>
    </message>
    <message>
        <source>GT &apos;%1&apos; of sample %2 refers to allele %3, but the record has %4 ALT alleles</source>
        <translation>GT &apos;%1&apos; de la muestra %2 hace referencia al alelo %3, pero el registro tiene %4 alelos ALT</translation>
    </message>
    <message>
        <source>expected %1 tab-separated columns, found %2 (the line ends with a tab)</source>
        <translation>se esperaban %1 columnas separadas por tabuladores; se encontraron %2 (la línea termina con un tabulador)</translation>
    </message>
    <message>
        <source>expected %1 tab-separated columns, found %2</source>
        <translation>se esperaban %1 columnas separadas por tabuladores; se encontraron %2</translation>
    </message>
    <message>
        <source>CHROM &apos;%1&apos; is not a valid contig name (no whitespace, commas, quotes or brackets)</source>
        <translation>CHROM &apos;%1&apos; no es un nombre de contig válido (sin espacios en blanco, comas, comillas ni corchetes)</translation>
    </message>
    <message>
        <source>CHROM &apos;%1&apos; is not a valid contig name (no whitespace, commas, colons or brackets)</source>
        <translation>CHROM &apos;%1&apos; no es un nombre de contig válido (sin espacios en blanco, comas, dos puntos ni corchetes)</translation>
    </message>
    <message>
        <source>POS &apos;%1&apos; is not a positive whole number</source>
        <translation>POS &apos;%1&apos; no es un número entero positivo</translation>
    </message>
    <message>
        <source>ID &apos;%1&apos; has an empty entry (a &apos;;&apos; at the start or end, or doubled)</source>
        <translation>ID &apos;%1&apos; tiene una entrada vacía (un &apos;;&apos; al principio o al final, o duplicado)</translation>
    </message>
    <message>
        <source>ID &apos;%1&apos; contains whitespace</source>
        <translation>ID &apos;%1&apos; contiene espacios en blanco</translation>
    </message>
    <message>
        <source>ID &apos;%1&apos; lists %2 twice</source>
        <translation>ID &apos;%1&apos; enumera %2 dos veces</translation>
    </message>
    <message>
        <source>REF is missing (&apos;.&apos;)</source>
        <translation>falta REF (&apos;.&apos;)</translation>
    </message>
    <message>
        <source>REF &apos;%1&apos; holds more than one allele</source>
        <translation>REF &apos;%1&apos; contiene más de un alelo</translation>
    </message>
    <message>
        <source>REF &apos;%1&apos; holds a character other than A, C, G, T, N</source>
        <translation>REF &apos;%1&apos; contiene un carácter distinto de A, C, G, T, N</translation>
    </message>
    <message>
        <source>ALT &apos;%1&apos; has an empty allele (a stray comma)</source>
        <translation>ALT &apos;%1&apos; tiene un alelo vacío (una coma suelta)</translation>
    </message>
    <message>
        <source>ALT &apos;%1&apos; mixes the missing value &apos;.&apos; with alleles</source>
        <translation>ALT &apos;%1&apos; mezcla el valor ausente &apos;.&apos; con alelos</translation>
    </message>
    <message>
        <source>ALT allele &apos;%1&apos; is not a valid symbolic allele &lt;ID&gt; (no whitespace, commas or angle brackets inside)</source>
        <translation>el alelo ALT &apos;%1&apos; no es un alelo simbólico &lt;ID&gt; válido (sin espacios en blanco, comas ni corchetes angulares en su interior)</translation>
    </message>
    <message>
        <source>ALT allele &apos;%1&apos; is not a valid breakend (bases joined to [chr:pos[ or ]chr:pos], or bases with a &apos;.&apos;)</source>
        <translation>el alelo ALT &apos;%1&apos; no es un breakend válido (bases unidas a [chr:pos[ o ]chr:pos], o bases con un &apos;.&apos;)</translation>
    </message>
    <message>
        <source>ALT allele &apos;%1&apos; holds a character other than A, C, G, T, N</source>
        <translation>el alelo ALT &apos;%1&apos; contiene un carácter distinto de A, C, G, T, N</translation>
    </message>
    <message>
        <source>QUAL &apos;%1&apos; is not a number</source>
        <translation>QUAL &apos;%1&apos; no es un número</translation>
    </message>
    <message>
        <source>QUAL %1 is negative</source>
        <translation>QUAL %1 es negativo</translation>
    </message>
    <message>
        <source>FILTER &apos;%1&apos; %2</source>
        <translation>FILTER &apos;%1&apos; %2</translation>
    </message>
    <message>
        <source>has an empty entry (a &apos;;&apos; at the start or end, or doubled)</source>
        <translation>tiene una entrada vacía (un &apos;;&apos; al principio o al final, o duplicado)</translation>
    </message>
    <message>
        <source>contains whitespace</source>
        <translation>contiene espacios en blanco</translation>
    </message>
    <message>
        <source>combines the missing value &apos;.&apos; with filters</source>
        <translation>combina el valor ausente &apos;.&apos; con filtros</translation>
    </message>
    <message>
        <source>uses 0, which is reserved</source>
        <translation>usa 0, que está reservado</translation>
    </message>
    <message>
        <source>lists %1 twice</source>
        <translation>enumera %1 dos veces</translation>
    </message>
    <message>
        <source>records of chromosome %1 are not contiguous: it appeared before, up to line %2</source>
        <translation>los registros del cromosoma %1 no son contiguos: ya apareció antes, hasta la línea %2</translation>
    </message>
    <message>
        <source>POS %1 comes after POS %2 on %3: the records are not sorted</source>
        <translation>POS %1 aparece después de POS %2 en %3: los registros no están ordenados</translation>
    </message>
    <message>
        <source>ALT lists the variant %1&gt;%2 twice</source>
        <translation>ALT enumera la variante %1&gt;%2 dos veces</translation>
    </message>
    <message>
        <source>the variant %1&gt;%2 at %3 duplicates the one at line %4</source>
        <translation>la variante %1&gt;%2 en %3 duplica la de la línea %4</translation>
    </message>
    <message>
        <source>empty field (two commas in a row, or a comma at the start)</source>
        <translation>campo vacío (dos comas seguidas o una coma al principio)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a key=value field (an unquoted comma, or a value that needs quotes?)</source>
        <translation>&apos;%1&apos; no es un campo clave=valor (¿una coma sin comillas o un valor que necesita comillas?)</translation>
    </message>
    <message>
        <source>a field has no name before &apos;=&apos;</source>
        <translation>un campo no tiene nombre antes de &apos;=&apos;</translation>
    </message>
    <message>
        <source>field name &apos;%1&apos; contains whitespace</source>
        <translation>el nombre de campo &apos;%1&apos; contiene espacios en blanco</translation>
    </message>
    <message>
        <source>the value of %1 has no closing double quote</source>
        <translation>al valor de %1 le faltan las comillas dobles de cierre</translation>
    </message>
    <message>
        <source>the value of %1 holds an unescaped double quote (write \&quot;)</source>
        <translation>el valor de %1 contiene comillas dobles sin escapar (escriba \&quot;)</translation>
    </message>
    <message>
        <source>the value of %1 has no closing &apos;]&apos;</source>
        <translation>al valor de %1 le falta el &apos;]&apos; de cierre</translation>
    </message>
    <message>
        <source>the value of %1 has text after its closing &apos;]&apos;</source>
        <translation>el valor de %1 tiene texto después de su &apos;]&apos; de cierre</translation>
    </message>
    <message>
        <source>%1 has an empty value</source>
        <translation>%1 tiene un valor vacío</translation>
    </message>
    <message>
        <source>the field list ends with a comma</source>
        <translation>la lista de campos termina con una coma</translation>
    </message>
    <message>
        <source>meta-information line after the #CHROM header line</source>
        <translation>línea de metainformación después de la línea de cabecera #CHROM</translation>
    </message>
    <message>
        <source>meta-information line &apos;%1&apos; is not a ##key=value pair</source>
        <translation>la línea de metainformación &apos;%1&apos; no es un par ##clave=valor</translation>
    </message>
    <message>
        <source>meta-information key &apos;%1&apos; contains whitespace</source>
        <translation>la clave de metainformación &apos;%1&apos; contiene espacios en blanco</translation>
    </message>
    <message>
        <source>##%1 has an empty value</source>
        <translation>##%1 tiene un valor vacío</translation>
    </message>
    <message>
        <source>##fileformat must be the first line and appear only once</source>
        <translation>##fileformat debe ser la primera línea y aparecer solo una vez</translation>
    </message>
    <message>
        <source>##fileformat=%1 is not a VCF version such as VCFv4.3</source>
        <translation>##fileformat=%1 no es una versión de VCF como VCFv4.3</translation>
    </message>
    <message>
        <source>VCF version %1 is not one this check knows (4.0 to 4.5)</source>
        <translation>esta comprobación no conoce la versión de VCF %1 (4.0 a 4.5)</translation>
    </message>
    <message>
        <source>##%1 line does not end with &apos;&gt;&apos;</source>
        <translation>la línea ##%1 no termina con &apos;&gt;&apos;</translation>
    </message>
    <message>
        <source>##%1=&lt;&gt; holds no fields</source>
        <translation>##%1=&lt;&gt; no contiene campos</translation>
    </message>
    <message>
        <source>##%1 is not a valid URL: %2</source>
        <translation>##%1 no es una URL válida: %2</translation>
    </message>
    <message>
        <source>##%1 line: %2</source>
        <translation>línea ##%1: %2</translation>
    </message>
    <message>
        <source>##%1 line: field %2 appears twice</source>
        <translation>línea ##%1: el campo %2 aparece dos veces</translation>
    </message>
    <message>
        <source>##%1 line: the value of %2 contains whitespace and must be in double quotes</source>
        <translation>línea ##%1: el valor de %2 contiene espacios en blanco y debe ir entre comillas dobles</translation>
    </message>
    <message>
        <source>##%1 line: the Description must be in double quotes</source>
        <translation>línea ##%1: Description debe ir entre comillas dobles</translation>
    </message>
    <message>
        <source>##%1 line: ID must be the first field</source>
        <translation>línea ##%1: ID debe ser el primer campo</translation>
    </message>
    <message>
        <source>##%1 line has no ID</source>
        <translation>la línea ##%1 no tiene ID</translation>
    </message>
    <message>
        <source>##%1 line: fields must come in the order ID, Number, Type, Description</source>
        <translation>línea ##%1: los campos deben ir en el orden ID, Number, Type, Description</translation>
    </message>
    <message>
        <source>##%1 line: Number=R is not part of VCF 4.1</source>
        <translation>línea ##%1: Number=R no forma parte de VCF 4.1</translation>
    </message>
    <message>
        <source>##%1 line: Number=%2 is not an integer, A, R, G or &apos;.&apos;</source>
        <translation>línea ##%1: Number=%2 no es un entero, A, R, G ni &apos;.&apos;</translation>
    </message>
    <message>
        <source>##%1 line: Type=%2 is not Integer, Float, Flag, Character or String</source>
        <translation>línea ##%1: Type=%2 no es Integer, Float, Flag, Character ni String</translation>
    </message>
    <message>
        <source>ALT ID &apos;%1&apos; must not contain whitespace or angle brackets</source>
        <translation>el ID de ALT &apos;%1&apos; no debe contener espacios en blanco ni corchetes angulares</translation>
    </message>
    <message>
        <source>ALT ID &apos;%1&apos;: the type before any &apos;:&apos; must be DEL, INS, DUP, INV or CNV</source>
        <translation>ID de ALT &apos;%1&apos;: el tipo antes de cualquier &apos;:&apos; debe ser DEL, INS, DUP, INV o CNV</translation>
    </message>
    <message>
        <source>##META line: Values must be in square brackets</source>
        <translation>línea ##META: Values debe ir entre corchetes</translation>
    </message>
    <message>
        <source>contig ID &apos;%1&apos; is not a valid contig name</source>
        <translation>el ID de contig &apos;%1&apos; no es un nombre de contig válido</translation>
    </message>
    <message>
        <source>contig URL %1 is not a valid URL</source>
        <translation>la URL de contig %1 no es una URL válida</translation>
    </message>
    <message>
        <source>SAMPLE ID &apos;%1&apos; is not a valid name</source>
        <translation>el ID de SAMPLE &apos;%1&apos; no es un nombre válido</translation>
    </message>
    <message>
        <source>##SAMPLE line has Mixture but no Genomes</source>
        <translation>la línea ##SAMPLE tiene Mixture pero no Genomes</translation>
    </message>
    <message>
        <source>##SAMPLE line: %1 is a &apos;;&apos;-separated list and takes no quotes</source>
        <translation>línea ##SAMPLE: %1 es una lista separada por &apos;;&apos; y no admite comillas</translation>
    </message>
    <message>
        <source>##SAMPLE line: Genomes and Mixture list different numbers of values</source>
        <translation>línea ##SAMPLE: Genomes y Mixture enumeran números de valores distintos</translation>
    </message>
    <message>
        <source>##PEDIGREE line: &apos;%1&apos; is not a valid sample or genome name</source>
        <translation>línea ##PEDIGREE: &apos;%1&apos; no es un nombre válido de muestra o de genoma</translation>
    </message>
    <message>
        <source>##%1 ID %2 is declared twice (first at line %3)</source>
        <translation>##%1 ID %2 está declarado dos veces (primero en la línea %3)</translation>
    </message>
    <message>
        <source>##%1 line lacks %2</source>
        <translation>a la línea ##%1 le falta %2</translation>
    </message>
    <message>
        <source>%1 ID &apos;%2&apos; is not a valid key</source>
        <translation>el ID de %1 &apos;%2&apos; no es una clave válida</translation>
    </message>
    <message>
        <source>FORMAT %1 cannot have Type=Flag</source>
        <translation>FORMAT %1 no puede tener Type=Flag</translation>
    </message>
    <message>
        <source>INFO %1 has Type=Flag, so its Number must be 0 (not %2)</source>
        <translation>INFO %1 tiene Type=Flag, por lo que su Number debe ser 0 (no %2)</translation>
    </message>
    <message>
        <source>%1 %2 is declared as Number=%3, Type=%4, but the VCF specification reserves it as Number=%5, Type=%6</source>
        <translation>%1 %2 está declarado como Number=%3, Type=%4, pero la especificación VCF lo reserva como Number=%5, Type=%6</translation>
    </message>
    <message>
        <source>%1 %2 is declared twice (first at line %3)</source>
        <translation>%1 %2 está declarado dos veces (primero en la línea %3)</translation>
    </message>
    <message>
        <source>a second #CHROM header line</source>
        <translation>una segunda línea de cabecera #CHROM</translation>
    </message>
    <message>
        <source>the header line must name 8 tab-separated columns #CHROM to INFO, found %1</source>
        <translation>la línea de cabecera debe nombrar 8 columnas separadas por tabuladores, de #CHROM a INFO; se encontraron %1</translation>
    </message>
    <message>
        <source>column %1 of the header line is &apos;%2&apos;, expected &apos;%3&apos;</source>
        <translation>la columna %1 de la línea de cabecera es &apos;%2&apos;; se esperaba &apos;%3&apos;</translation>
    </message>
    <message>
        <source>column 9 of the header line is &apos;%1&apos;, expected &apos;FORMAT&apos;</source>
        <translation>la columna 9 de la línea de cabecera es &apos;%1&apos;; se esperaba &apos;FORMAT&apos;</translation>
    </message>
    <message>
        <source>the header line has a FORMAT column but no sample columns</source>
        <translation>la línea de cabecera tiene una columna FORMAT pero ninguna columna de muestra</translation>
    </message>
    <message>
        <source>the header line ends with a tab</source>
        <translation>la línea de cabecera termina con un tabulador</translation>
    </message>
    <message>
        <source>sample column %1 has an empty name</source>
        <translation>la columna de muestra %1 tiene un nombre vacío</translation>
    </message>
    <message>
        <source>sample name %1 appears twice</source>
        <translation>el nombre de muestra %1 aparece dos veces</translation>
    </message>
    <message>
        <source>empty line</source>
        <translation>línea vacía</translation>
    </message>
    <message>
        <source>data line before the #CHROM header line: &apos;%1&apos;</source>
        <translation>línea de datos antes de la línea de cabecera #CHROM: &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>el archivo está vacío</translation>
    </message>
    <message>
        <source>the #CHROM header line is missing</source>
        <translation>falta la línea de cabecera #CHROM</translation>
    </message>
    <message>
        <source>the last line does not end with a newline (the file may be truncated)</source>
        <translation>la última línea no termina con un salto de línea (el archivo puede estar truncado)</translation>
    </message>
    <message>
        <source>the first line must be ##fileformat=VCFv4.x</source>
        <translation>la primera línea debe ser ##fileformat=VCFv4.x</translation>
    </message>
</context>
<context>
    <name>onco::WelcomePage</name>
    <message>
        <source>Welcome to OncoBoard %1</source>
        <translation>Bienvenido a OncoBoard %1</translation>
    </message>
    <message>
        <source>OncoBoard prepares a patient&apos;s tumor sequencing results for the molecular tumor board: every alteration is matched against the local knowledge base, tiered (AMP/ASCO/CAP, ESCAT, OncoKB-style levels) and explained. Patient data stays on this computer.</source>
        <translation>OncoBoard prepara los resultados de secuenciación tumoral de un paciente para el comité molecular de tumores: cada alteración se compara con la base de conocimiento local, se clasifica en un tier (AMP/ASCO/CAP, ESCAT, niveles al estilo de OncoKB) y se explica. Los datos de los pacientes permanecen en este ordenador.</translation>
    </message>
    <message>
        <source>Open the demo case</source>
        <translation>Abrir el caso de demostración</translation>
    </message>
    <message>
        <source>A colon adenocarcinoma from public TCGA data (TCGA-A6-2686): somatic variants and copy number, with BRAF V600E and an ERBB2 amplification.</source>
        <translation>Un adenocarcinoma de colon de datos públicos del TCGA (TCGA-A6-2686): variantes somáticas y número de copias, con BRAF V600E y una amplificación de ERBB2.</translation>
    </message>
    <message>
        <source>The demo case is not installed with this copy of OncoBoard.</source>
        <translation>El caso de demostración no está instalado con esta copia de OncoBoard.</translation>
    </message>
    <message>
        <source>Open files...</source>
        <translation>Abrir archivos...</translation>
    </message>
    <message>
        <source>A case&apos;s variant files (VCF, BCF, MAF), copy number, fusions and clinical table; or drop them on this window.</source>
        <translation>Los archivos de variantes de un caso (VCF, BCF, MAF), número de copias, fusiones y tabla clínica; o arrástrelos a esta ventana.</translation>
    </message>
    <message>
        <source>Open a case database...</source>
        <translation>Abrir una base de datos de casos...</translation>
    </message>
    <message>
        <source>The board&apos;s stored cases with their review, plan and sign-off (an SQLite file).</source>
        <translation>Los casos guardados del comité de tumores con su revisión, plan terapéutico y firma (un archivo SQLite).</translation>
    </message>
    <message>
        <source>Connect to a case database server...</source>
        <translation>Conectar a un servidor de base de datos de casos...</translation>
    </message>
    <message>
        <source>The department&apos;s case store on PostgreSQL.</source>
        <translation>La base de datos de casos del servicio en PostgreSQL.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Your data&lt;/b&gt; is kept in %1: the knowledge base (%2) and the case database (%3). Settings: %4. Nothing is sent over the network.</source>
        <translation>&lt;b&gt;Sus datos&lt;/b&gt; se guardan en %1: la base de conocimiento (%2) y la base de datos de casos (%3). Configuración: %4. No se envía nada por la red.</translation>
    </message>
    <message>
        <source>This page is shown until a case has been opened. Help &gt; Welcome Page shows it again.</source>
        <translation>Esta página se muestra hasta que se abre un caso. Ayuda &gt; Página de bienvenida la vuelve a mostrar.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Knowledge base&lt;/b&gt;: %1 %2 (CC0 1.0, civicdb.org), with the tumor types of OncoTree (%3, CC BY 4.0, Memorial Sloan Kettering Cancer Center) and the Human Disease Ontology (CC0 1.0). Newer CIViC releases, the site&apos;s licensed OncoKB files and local evidence are imported under Knowledge base &gt; Releases and local evidence. Help &gt; About OncoBoard lists every source and its licence.</source>
        <translation>&lt;b&gt;Base de conocimiento&lt;/b&gt;: %1 %2 (CC0 1.0, civicdb.org), con los tipos tumorales de OncoTree (%3, CC BY 4.0, Memorial Sloan Kettering Cancer Center) y la Human Disease Ontology (CC0 1.0). Las versiones más recientes de CIViC, los archivos de OncoKB con licencia del centro y la evidencia local se importan en Base de conocimiento &gt; Versiones y evidencia local. Ayuda &gt; Acerca de OncoBoard indica cada fuente y su licencia.</translation>
    </message>
</context>
<context>
    <name>onco::Zygosity</name>
    <message>
        <source>heterozygous</source>
        <translation>heterocigoto</translation>
    </message>
    <message>
        <source>homozygous</source>
        <translation>homocigoto</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>ausente</translation>
    </message>
</context>
</TS>
