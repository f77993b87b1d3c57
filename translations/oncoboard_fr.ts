<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>main</name>
    <message>
        <source>Molecular tumor board review</source>
        <translation>Revue des dossiers en RCP moléculaire</translation>
    </message>
    <message>
        <source>OncoTree code of the tumor.</source>
        <translation>Code OncoTree de la tumeur.</translation>
    </message>
    <message>
        <source>Open this case of the case database given (its id).</source>
        <translation>Ouvrir ce dossier de la base de dossiers indiquée (son identifiant).</translation>
    </message>
    <message>
        <source>The files of one case (VCF, BCF, MAF, copy number, fusions, clinical table), a folder, or a case database.</source>
        <translation>Les fichiers d&apos;un dossier (VCF, BCF, MAF, nombre de copies, fusions, table clinique), un répertoire ou une base de dossiers.</translation>
    </message>
    <message>
        <source>--case takes a case id and one case database
</source>
        <translation>--case attend un identifiant de dossier et une seule base de dossiers
</translation>
    </message>
    <message>
        <source>Language of the window for this run: de, en, es or fr.</source>
        <translation>Langue de la fenêtre pour cette exécution : de, en, es ou fr.</translation>
    </message>
</context>
<context>
    <name>onco::AnnotationJob</name>
    <message>
        <source>Reading: %L1 records</source>
        <translation>Lecture&#xa0;: %L1 enregistrements</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Lecture</translation>
    </message>
    <message>
        <source>Opening the knowledge base</source>
        <translation>Ouverture de la base de connaissances</translation>
    </message>
    <message>
        <source>Matching evidence</source>
        <translation>Mise en correspondance des preuves</translation>
    </message>
    <message>
        <source>Sorting</source>
        <translation>Tri</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Reading the case</source>
        <translation>Lecture du dossier</translation>
    </message>
    <message>
        <source>Loading canceled</source>
        <translation>Chargement annulé</translation>
    </message>
</context>
<context>
    <name>onco::Annotator</name>
    <message>
        <source>an input states the case&apos;s TMB, which is used; this estimate is for comparison only</source>
        <translation>une entrée indique la TMB du dossier, qui est utilisée&#xa0;; cette estimation n&apos;est donnée qu&apos;à titre de comparaison</translation>
    </message>
    <message>
        <source>the knowledge base holds no CIViC release</source>
        <translation>la base de connaissances ne contient aucune version de CIViC</translation>
    </message>
    <message>
        <source>the knowledge base holds no %1 release</source>
        <translation>la base de connaissances ne contient aucune version de %1</translation>
    </message>
    <message>
        <source>%1 %2 has not been imported</source>
        <translation>la version %2 de %1 n&apos;a pas été importée</translation>
    </message>
    <message>
        <source>unknown OncoTree code &apos;%1&apos;</source>
        <translation>code OncoTree inconnu &apos;%1&apos;</translation>
    </message>
    <message>
        <source>tumor type %1 is a retired OncoTree code: read as %2 (%3), which replaces it</source>
        <translation>le type tumoral %1 est un code OncoTree retiré&#xa0;: lu comme %2 (%3), qui le remplace</translation>
    </message>
</context>
<context>
    <name>onco::ApprovalsImporter</name>
    <message>
        <source>no such file</source>
        <translation>fichier introuvable</translation>
    </message>
    <message>
        <source>not an approvals table: the header needs id, gene, alteration, oncotree_code, therapy, significance, agency and label_reference</source>
        <translation>ce n&apos;est pas une table d&apos;autorisations&#xa0;: l&apos;en-tête doit contenir id, gene, alteration, oncotree_code, therapy, significance, agency et label_reference</translation>
    </message>
    <message>
        <source>id &apos;%1&apos; is not APR-NNNN; row skipped</source>
        <translation>l&apos;id &apos;%1&apos; n&apos;est pas au format APR-NNNN&#xa0;; ligne ignorée</translation>
    </message>
    <message>
        <source>a required field (id, gene, alteration, oncotree_code, therapy) is empty; row skipped</source>
        <translation>un champ obligatoire (id, gene, alteration, oncotree_code, therapy) est vide&#xa0;; ligne ignorée</translation>
    </message>
    <message>
        <source>agency &apos;%1&apos; is neither FDA nor EMA; row skipped</source>
        <translation>l&apos;agence &apos;%1&apos; n&apos;est ni FDA ni EMA&#xa0;; ligne ignorée</translation>
    </message>
    <message>
        <source>significance &apos;%1&apos; is neither Sensitivity/Response nor Resistance; row skipped</source>
        <translation>significance &apos;%1&apos; n&apos;est ni Sensitivity/Response (sensibilité) ni Resistance (résistance)&#xa0;; ligne ignorée</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an OncoTree %2 code; row skipped</source>
        <translation>&apos;%1&apos; n&apos;est pas un code OncoTree %2&#xa0;; ligne ignorée</translation>
    </message>
    <message>
        <source>%1 approval %2: %3 for %4 with %5 %6</source>
        <translation>Autorisation %1, %2&#xa0;: %3 dans %4 avec %5 %6</translation>
    </message>
    <message>
        <source>(date not given)</source>
        <translation>(date non indiquée)</translation>
    </message>
    <message>
        <source>setting: %1</source>
        <translation>contexte thérapeutique&#xa0;: %1</translation>
    </message>
    <message>
        <source>companion diagnostic: %1</source>
        <translation>test compagnon&#xa0;: %1</translation>
    </message>
    <message>
        <source>assay: %1</source>
        <translation>test&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>onco::CaseBrowser</name>
    <message>
        <source>final, amended</source>
        <translation>définitif, avec avenant</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>brouillon</translation>
    </message>
    <message>
        <source>preliminary</source>
        <translation>préliminaire</translation>
    </message>
    <message>
        <source>final</source>
        <translation>définitif</translation>
    </message>
    <message>
        <source>Search patients and cases...</source>
        <translation>Rechercher des patients et des dossiers...</translation>
    </message>
    <message>
        <source>Patient / case</source>
        <translation>Patient / dossier</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Tumor type</source>
        <translation>Type tumoral</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Relues</translation>
    </message>
    <message>
        <source>Case %1, version %2</source>
        <translation>Dossier %1, version %2</translation>
    </message>
    <message>
        <source>%1
database id %2 (oncoboard-cli ... --case %2)
created on %3 by %4%5</source>
        <translation>%1
identifiant en base %2 (oncoboard-cli ... --case %2)
créé le %3 par %4%5</translation>
    </message>
    <message>
        <source>
signed by %1 on %2</source>
        <translation>
validé par %1 le %2</translation>
    </message>
</context>
<context>
    <name>onco::CaseBundle</name>
    <message>
        <source>&apos;%1&apos; is not a number</source>
        <translation>&apos;%1&apos; n&apos;est pas un nombre</translation>
    </message>
    <message>
        <source>%1 is not a whole number</source>
        <translation>%1 n&apos;est pas un nombre entier</translation>
    </message>
    <message>
        <source>a text was expected</source>
        <translation>un texte était attendu</translation>
    </message>
    <message>
        <source>%1 VAF %2 is outside 0-1</source>
        <translation>VAF (%1) %2 hors de l&apos;intervalle 0-1</translation>
    </message>
    <message>
        <source>negative %1 read count</source>
        <translation>nombre de lectures négatif (%1)</translation>
    </message>
    <message>
        <source>more %1 alternative reads (%2) than depth (%3)</source>
        <translation>plus de lectures alternatives (%1&#xa0;: %2) que de profondeur (%3)</translation>
    </message>
    <message>
        <source>table %1 of the bundle, %2</source>
        <translation>table %1 du paquet, %2</translation>
    </message>
    <message>
        <source>table %1 of the bundle</source>
        <translation>table %1 du paquet</translation>
    </message>
    <message>
        <source>unknown column &apos;%1&apos; in table %2 of the bundle</source>
        <translation>colonne inconnue &apos;%1&apos; dans la table %2 du paquet</translation>
    </message>
    <message>
        <source>%1, column %2: %3</source>
        <translation>%1, colonne %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>its signature does not match its statement</source>
        <translation>sa signature ne correspond pas à sa déclaration</translation>
    </message>
    <message>
        <source>its statement names another key or account</source>
        <translation>sa déclaration désigne une autre clé ou un autre compte</translation>
    </message>
    <message>
        <source>it signs another case</source>
        <translation>elle signe un autre dossier</translation>
    </message>
    <message>
        <source>the report content it carries is not what it signed</source>
        <translation>le contenu du rapport qu&apos;elle porte n&apos;est pas celui qu&apos;elle a signé</translation>
    </message>
    <message>
        <source>signature %1 of the bundle (%2 by %3) does not hold: %4; nothing was imported</source>
        <translation>la signature %1 du paquet (%2 par %3) n&apos;est pas valide&#xa0;: %4&#xa0;; rien n&apos;a été importé</translation>
    </message>
    <message>
        <source>%1; nothing was written</source>
        <translation>%1&#xa0;; rien n&apos;a été écrit</translation>
    </message>
    <message>
        <source>not an OncoBoard case bundle (%1)</source>
        <translation>ce n&apos;est pas un paquet de dossier OncoBoard (%1)</translation>
    </message>
    <message>
        <source>the bundle&apos;s checksum does not match its content</source>
        <translation>la somme de contrôle du paquet ne correspond pas à son contenu</translation>
    </message>
    <message>
        <source>the bundle&apos;s patient %1 is another person here (a local patient has the same pseudonym but %2): not imported, nothing merged; import it under another pseudonym or into another case database</source>
        <translation>le patient %1 du paquet est une autre personne ici (un patient local porte le même pseudonyme, mais %2)&#xa0;: rien n&apos;a été importé ni fusionné&#xa0;; importez-le sous un autre pseudonyme ou dans une autre base de dossiers</translation>
    </message>
    <message>
        <source>the bundle names no patient uid</source>
        <translation>le paquet ne désigne aucun uid de patient</translation>
    </message>
    <message>
        <source>another patient uid</source>
        <translation>un autre uid de patient</translation>
    </message>
    <message>
        <source>the pseudonym %1 is taken here too; choose another</source>
        <translation>le pseudonyme %1 est également déjà utilisé ici&#xa0;; choisissez-en un autre</translation>
    </message>
    <message>
        <source>a review refers to alteration %1, which the bundle does not hold</source>
        <translation>une relecture fait référence à l&apos;altération %1, que le paquet ne contient pas</translation>
    </message>
    <message>
        <source>bundle %1 (sha256 %2), %3 audit entries at the source</source>
        <translation>paquet %1 (sha256 %2), %3 entrées du journal d&apos;audit à la source</translation>
    </message>
    <message>
        <source>; patient %1 of the bundle is %2 here (%1 is another patient here)</source>
        <translation>; le patient %1 du paquet est ici %2 (%1 est un autre patient ici)</translation>
    </message>
</context>
<context>
    <name>onco::CaseLoader</name>
    <message>
        <source>file not found</source>
        <translation>fichier introuvable</translation>
    </message>
    <message>
        <source>unsupported file (%1): OncoBoard reads VCF/BCF, MAF, copy-number, fusion and clinical tables</source>
        <translation>fichier non pris en charge (%1)&#xa0;: OncoBoard lit les fichiers VCF/BCF et MAF ainsi que les tables de nombre de copies, de fusions et cliniques</translation>
    </message>
    <message>
        <source>%L1 input files: at most %L2 in one run</source>
        <translation>%L1 fichiers d&apos;entrée&#xa0;: au plus %L2 par exécution</translation>
    </message>
    <message>
        <source>no input files</source>
        <translation>aucun fichier d&apos;entrée</translation>
    </message>
    <message>
        <source>the folder holds no case files</source>
        <translation>le répertoire ne contient aucun fichier de dossier</translation>
    </message>
    <message>
        <source>given by the user</source>
        <translation>indiqué par l&apos;utilisateur</translation>
    </message>
    <message>
        <source>not read: not a case file (%1)</source>
        <translation>non lu&#xa0;: ce n&apos;est pas un fichier de dossier (%1)</translation>
    </message>
    <message>
        <source>cannot tell which sample is the tumor (samples: %1); in a cohort each VCF names its tumor in the header (##tumor_sample) or by its sample names</source>
        <translation>impossible de déterminer quel échantillon est la tumeur (échantillons&#xa0;: %1)&#xa0;; dans une cohorte, chaque VCF désigne sa tumeur dans l&apos;en-tête (##tumor_sample) ou par ses noms d&apos;échantillons</translation>
    </message>
    <message>
        <source>the reference genome is %1 (length of chromosome 1) but the inputs are %2 (%3)</source>
        <translation>le génome de référence est en %1 (longueur du chromosome 1), mais les entrées sont en %2 (%3)</translation>
    </message>
    <message>
        <source>the reference genome&apos;s chromosome 1 length</source>
        <translation>longueur du chromosome 1 du génome de référence</translation>
    </message>
    <message>
        <source>the reference genome&apos;s chromosome 1 is not that of GRCh37 or GRCh38: is it the build of the inputs?</source>
        <translation>le chromosome 1 du génome de référence n&apos;est ni celui de GRCh37 ni celui de GRCh38&#xa0;: s&apos;agit-il bien de l&apos;assemblage des entrées&#xa0;?</translation>
    </message>
    <message>
        <source>sample &apos;%1&apos; is in none of the inputs</source>
        <translation>l&apos;échantillon &apos;%1&apos; ne figure dans aucune des entrées</translation>
    </message>
</context>
<context>
    <name>onco::CaseMaintenance</name>
    <message>
        <source>the file exists; nothing was written (choose a new name)</source>
        <translation>le fichier existe&#xa0;; rien n&apos;a été écrit (choisissez un nouveau nom)</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>impossible de créer le répertoire %1</translation>
    </message>
    <message>
        <source>cannot write the file to the disk</source>
        <translation>impossible d&apos;écrire le fichier sur le disque</translation>
    </message>
    <message>
        <source>the file appeared while it was being written; nothing was written</source>
        <translation>le fichier est apparu pendant son écriture&#xa0;; rien n&apos;a été écrit</translation>
    </message>
    <message>
        <source>cannot move the finished file into place</source>
        <translation>impossible de mettre en place le fichier terminé</translation>
    </message>
    <message>
        <source>the database already holds a case store (schema %1); nothing was changed</source>
        <translation>la base de données contient déjà un entrepôt de dossiers (schéma %1)&#xa0;; rien n&apos;a été modifié</translation>
    </message>
    <message>
        <source>no such case database</source>
        <translation>base de dossiers introuvable</translation>
    </message>
    <message>
        <source>damaged: %1</source>
        <translation>endommagée&#xa0;: %1</translation>
    </message>
    <message>
        <source>table %1, row %2: refers to a missing row of %3</source>
        <translation>table %1, ligne %2&#xa0;: fait référence à une ligne manquante de %3</translation>
    </message>
    <message>
        <source>missing %1 (a guard or table of schema %2)</source>
        <translation>%1 manquant (un déclencheur de protection ou une table du schéma %2)</translation>
    </message>
    <message>
        <source>a backup is a file (an SQLite case database); restore it into the server with db restore</source>
        <translation>une sauvegarde est un fichier (une base de dossiers SQLite)&#xa0;; restaurez-la sur le serveur avec db restore</translation>
    </message>
    <message>
        <source>a backup is a file made by db backup, not a server database</source>
        <translation>une sauvegarde est un fichier créé par db backup, pas une base de données serveur</translation>
    </message>
    <message>
        <source>the backup does not pass its check, nothing was restored: %1</source>
        <translation>la sauvegarde ne passe pas sa vérification, rien n&apos;a été restauré&#xa0;: %1</translation>
    </message>
    <message>
        <source>the database already holds a case store; a backup is restored only into an empty database (createdb), nothing was changed</source>
        <translation>la base de données contient déjà un entrepôt de dossiers&#xa0;; une sauvegarde n&apos;est restaurée que dans une base de données vide (createdb), rien n&apos;a été modifié</translation>
    </message>
    <message>
        <source>cannot copy the backup (disk full?)</source>
        <translation>impossible de copier la sauvegarde (disque plein&#xa0;?)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a role of the board (%2)</source>
        <translation>&apos;%1&apos; n&apos;est pas un rôle de la RCP (%2)</translation>
    </message>
    <message>
        <source>privileges are a server&apos;s; an SQLite file is guarded by its triggers and the file&apos;s permissions</source>
        <translation>les privilèges relèvent d&apos;un serveur&#xa0;; un fichier SQLite est protégé par ses déclencheurs et par les permissions du fichier</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a plain role name (lower-case letters, digits, _)</source>
        <translation>&apos;%1&apos; n&apos;est pas un nom de rôle simple (lettres minuscules, chiffres, _)</translation>
    </message>
    <message>
        <source>the database holds no case store of schema %1 (db init, db migrate)</source>
        <translation>la base de données ne contient aucun entrepôt de dossiers du schéma %1 (db init, db migrate)</translation>
    </message>
</context>
<context>
    <name>onco::CaseRecheck</name>
    <message>
        <source>case %1: %2 alterations re-annotated</source>
        <translation>dossier %1&#xa0;: %2 altérations réannotées</translation>
    </message>
    <message>
        <source>knowledge base then: %1</source>
        <translation>base de connaissances à l&apos;époque&#xa0;: %1</translation>
    </message>
    <message>
        <source>knowledge base now: %1</source>
        <translation>base de connaissances actuelle&#xa0;: %1</translation>
    </message>
    <message>
        <source>no change in evidence or tiers</source>
        <translation>aucun changement des données probantes ni des tiers</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s):</source>
        <translation>
            <numerusform>%n changement&#xa0;:</numerusform>
            <numerusform>%n changements&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <source>new evidence</source>
        <translation>nouvelles données probantes</translation>
    </message>
    <message>
        <source>removed evidence</source>
        <translation>données probantes supprimées</translation>
    </message>
    <message>
        <source>AMP tier</source>
        <translation>Tier AMP</translation>
    </message>
    <message>
        <source>ESCAT tier</source>
        <translation>Tier ESCAT</translation>
    </message>
    <message>
        <source>OncoKB-style level</source>
        <translation>Niveau de type OncoKB</translation>
    </message>
</context>
<context>
    <name>onco::CaseSchema</name>
    <message>
        <source>not an OncoBoard case database (the SQLite file belongs to another application or is a knowledge base); it is left untouched</source>
        <translation>ce n&apos;est pas une base de dossiers OncoBoard (le fichier SQLite appartient à une autre application ou est une base de connaissances)&#xa0;; il n&apos;est pas modifié</translation>
    </message>
    <message>
        <source>the case database was written by a newer OncoBoard (schema %1, this version reads up to %2)</source>
        <translation>la base de dossiers a été écrite par une version plus récente d&apos;OncoBoard (schéma %1&#xa0;; cette version lit jusqu&apos;au schéma %2)</translation>
    </message>
    <message>
        <source>not an OncoBoard case database (the PostgreSQL database holds other tables); it is left untouched</source>
        <translation>ce n&apos;est pas une base de dossiers OncoBoard (la base PostgreSQL contient d&apos;autres tables)&#xa0;; elle n&apos;est pas modifiée</translation>
    </message>
    <message>
        <source>the case database has no schema version (damaged?)</source>
        <translation>la base de dossiers n&apos;a pas de version de schéma (endommagée&#xa0;?)</translation>
    </message>
    <message>
        <source>not an OncoBoard case database (another application&apos;s schema); it is left untouched</source>
        <translation>ce n&apos;est pas une base de dossiers OncoBoard (schéma d&apos;une autre application)&#xa0;; elle n&apos;est pas modifiée</translation>
    </message>
    <message>
        <source>the case database has schema %1, which PostgreSQL case stores never had (they begin at %2)</source>
        <translation>la base de dossiers a le schéma %1, que les bases de dossiers PostgreSQL n&apos;ont jamais eu (elles commencent au schéma %2)</translation>
    </message>
</context>
<context>
    <name>onco::CaseSignOff</name>
    <message>
        <source>the signed statement is not an OncoBoard signature statement</source>
        <translation>la déclaration signée n&apos;est pas une déclaration de signature OncoBoard</translation>
    </message>
    <message>
        <source>the signature does not match its statement: the statement or the signature was changed, or another key made it</source>
        <translation>la signature ne correspond pas à sa déclaration&#xa0;: la déclaration ou la signature a été modifiée, ou une autre clé l&apos;a produite</translation>
    </message>
    <message>
        <source>the statement names key %1, but key %2 signed it</source>
        <translation>la déclaration désigne la clé %1, mais c&apos;est la clé %2 qui l&apos;a signée</translation>
    </message>
    <message>
        <source>the statement names account &apos;%1&apos;, but the key is registered to &apos;%2&apos;</source>
        <translation>la déclaration désigne le compte &apos;%1&apos;, mais la clé est enregistrée au nom de &apos;%2&apos;</translation>
    </message>
    <message>
        <source>key %1 of &apos;%2&apos; is not registered by an administrator, so its signature does not count (oncoboard-cli keys register)</source>
        <translation>la clé %1 de &apos;%2&apos; n&apos;a pas été enregistrée par un administrateur&#xa0;; sa signature ne compte donc pas (oncoboard-cli keys register)</translation>
    </message>
    <message>
        <source>key %1 of &apos;%2&apos; was revoked at %3, before this signature</source>
        <translation>la clé %1 de &apos;%2&apos; a été révoquée le %3, avant cette signature</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>absent</translation>
    </message>
    <message>
        <source>(%1 entries)</source>
        <translation>(%1 entrées)</translation>
    </message>
    <message>
        <source>%1 was %2, is now %3</source>
        <translation>%1&#xa0;: avant %2, désormais %3</translation>
    </message>
    <message>
        <source>signature%1: %2 by %3, account %4, at %5
</source>
        <translation>signature%1&#xa0;: %2 par %3, compte %4, le %5
</translation>
    </message>
    <message>
        <source>  key %1, report %2
</source>
        <translation>  clé %1, rapport %2
</translation>
    </message>
    <message>
        <source>  verified
</source>
        <translation>  vérifiée
</translation>
    </message>
    <message>
        <source>%1: every signature verifies
</source>
        <translation>%1&#xa0;: toutes les signatures sont valides
</translation>
    </message>
    <message>
        <source>%1: verification FAILED
</source>
        <translation>%1&#xa0;: ÉCHEC de la vérification
</translation>
    </message>
    <message>
        <source>the report cannot be made from the stored case: %1</source>
        <translation>le rapport ne peut pas être produit à partir du dossier enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>the case was reopened as a draft after its last sign-off: nothing of what it is now is signed</source>
        <translation>le dossier a été rouvert en brouillon après sa dernière validation&#xa0;: rien de son état actuel n&apos;est signé</translation>
    </message>
    <message>
        <source>the case is a draft and nothing of it is signed</source>
        <translation>le dossier est un brouillon et rien n&apos;en est signé</translation>
    </message>
    <message>
        <source>the case is %1 but carries no signature: it was signed off without a signing key</source>
        <translation>le dossier est à l&apos;état %1 mais ne porte aucune signature&#xa0;: il a été validé sans clé de signature</translation>
    </message>
    <message>
        <source>the statement names another case or state than the one it is stored with</source>
        <translation>la déclaration désigne un autre dossier ou un autre état que celui avec lequel elle est enregistrée</translation>
    </message>
    <message>
        <source>signed in another database and brought by %1; the stored case is checked against how it was imported, the report against what was signed</source>
        <translation>signé dans une autre base de données et importé par %1&#xa0;; le dossier enregistré est vérifié par rapport à son import, le rapport par rapport à ce qui a été signé</translation>
    </message>
    <message>
        <source>the content stored with the signature is not what was signed: it was changed in the database</source>
        <translation>le contenu enregistré avec la signature n&apos;est pas celui qui a été signé&#xa0;: il a été modifié dans la base de données</translation>
    </message>
    <message>
        <source>the case is %1, but its newest signature signed it %2</source>
        <translation>le dossier est à l&apos;état %1, mais sa signature la plus récente l&apos;a validé à l&apos;état %2</translation>
    </message>
    <message numerus="yes">
        <source>the case was changed after it was signed %1 (%n change(s)):</source>
        <translation>
            <numerusform>le dossier a été modifié après sa validation à l&apos;état %1 (%n modification)&#xa0;:</numerusform>
            <numerusform>le dossier a été modifié après sa validation à l&apos;état %1 (%n modifications)&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <source>the stored case is as signed, but the report made from it now differs from the one signed (another OncoBoard version or knowledge-base content):</source>
        <translation>le dossier enregistré est tel qu&apos;il a été signé, mais le rapport qui en est produit diffère désormais de celui qui a été signé (autre version d&apos;OncoBoard ou autre contenu de la base de connaissances)&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <source>the case changed after this %1 sign-off, as the workflow allows before the next one (%n change(s))</source>
        <translation>
            <numerusform>le dossier a été modifié après cette validation à l&apos;état %1, comme le circuit de validation le permet avant la suivante (%n modification)</numerusform>
            <numerusform>le dossier a été modifié après cette validation à l&apos;état %1, comme le circuit de validation le permet avant la suivante (%n modifications)</numerusform>
        </translation>
    </message>
    <message>
        <source>not JSON: %1 at byte %2</source>
        <translation>pas du JSON&#xa0;: %1 à l&apos;octet %2</translation>
    </message>
    <message>
        <source>not a case report (schema %1)</source>
        <translation>ce n&apos;est pas un rapport de dossier (schéma %1)</translation>
    </message>
    <message>
        <source>the report carries no signature</source>
        <translation>le rapport ne porte aucune signature</translation>
    </message>
    <message>
        <source>the statement signs another case (uid %1)</source>
        <translation>la déclaration signe un autre dossier (uid %1)</translation>
    </message>
    <message>
        <source>key %1 is not known to the case database</source>
        <translation>la clé %1 est inconnue de la base de dossiers</translation>
    </message>
    <message>
        <source>the key is not checked against a registry (give --db with the case database that registers the signers&apos; keys)</source>
        <translation>la clé n&apos;est pas vérifiée auprès d&apos;un registre (indiquez avec --db la base de dossiers qui enregistre les clés des signataires)</translation>
    </message>
    <message>
        <source>the report&apos;s content is not what was signed (%1 signed, %2 now): the file was changed after it was made</source>
        <translation>le contenu du rapport n&apos;est pas celui qui a été signé (%1 signé, %2 actuellement)&#xa0;: le fichier a été modifié après sa création</translation>
    </message>
    <message>
        <source>the case changed after this %1 sign-off, as the workflow allows</source>
        <translation>le dossier a été modifié après cette validation à l&apos;état %1, comme le circuit de validation le permet</translation>
    </message>
    <message>
        <source>the report says the case is %1, but its newest signature signed it %2</source>
        <translation>le rapport indique que le dossier est à l&apos;état %1, mais sa signature la plus récente l&apos;a validé à l&apos;état %2</translation>
    </message>
    <message>
        <source>the bundle&apos;s case is not what its newest signature signed; nothing was imported:
  %1</source>
        <translation>le dossier du paquet n&apos;est pas celui que sa signature la plus récente a signé&#xa0;; rien n&apos;a été importé&#xa0;:
  %1</translation>
    </message>
    <message>
        <source>(the first %1 changes)</source>
        <translation>(les %1 premières modifications)</translation>
    </message>
</context>
<context>
    <name>onco::CaseStore</name>
    <message>
        <source>not a PostgreSQL address; write postgresql://USER@HOST:PORT/DATABASE</source>
        <translation>ce n&apos;est pas une adresse PostgreSQL&#xa0;; écrivez postgresql://USER@HOST:PORT/DATABASE</translation>
    </message>
    <message>
        <source>a password is never taken from the address (it would stay in command lines, settings and logs); put it in ~/.pgpass or PGPASSWORD</source>
        <translation>un mot de passe n&apos;est jamais lu dans l&apos;adresse (il resterait dans les lignes de commande, les paramètres et les journaux)&#xa0;; placez-le dans ~/.pgpass ou PGPASSWORD</translation>
    </message>
    <message>
        <source>unknown connection option &apos;%1&apos; (known: sslmode, sslrootcert, sslcert, sslkey, sslcrl, connect_timeout, target_session_attrs)</source>
        <translation>option de connexion inconnue &apos;%1&apos; (options connues&#xa0;: sslmode, sslrootcert, sslcert, sslkey, sslcrl, connect_timeout, target_session_attrs)</translation>
    </message>
    <message>
        <source>this installation has no PostgreSQL driver (Debian: install libqt6sql6-psql)</source>
        <translation>cette installation n&apos;a pas de pilote PostgreSQL (Debian&#xa0;: installez libqt6sql6-psql)</translation>
    </message>
    <message>
        <source>cannot connect to the case database server: %1</source>
        <translation>impossible de se connecter au serveur de la base de dossiers&#xa0;: %1</translation>
    </message>
    <message>
        <source>the identifiers are sealed with an unknown key derivation &apos;%1&apos;</source>
        <translation>les identifiants sont scellés avec une dérivation de clé inconnue &apos;%1&apos;</translation>
    </message>
    <message>
        <source>this is not the passphrase the identifiers of this case database are sealed with</source>
        <translation>ce n&apos;est pas la phrase secrète avec laquelle les identifiants de cette base de dossiers sont scellés</translation>
    </message>
    <message>
        <source>identifiers are stored sealed: give the case database&apos;s passphrase first (ONCOBOARD_PASSPHRASE, or the window asks for it)</source>
        <translation>les identifiants sont stockés scellés&#xa0;: indiquez d&apos;abord la phrase secrète de la base de dossiers (ONCOBOARD_PASSPHRASE, sinon la fenêtre la demande)</translation>
    </message>
    <message>
        <source>there is no patient &apos;%1&apos;</source>
        <translation>il n&apos;existe pas de patient &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the identifiers of %1 are sealed and this machine was given no key for them (ONCOBOARD_PASSPHRASE, or the window asks for the passphrase); the case shows its pseudonym only</source>
        <translation>les identifiants de %1 sont scellés et aucune clé n&apos;a été fournie à cette machine pour les ouvrir (ONCOBOARD_PASSPHRASE, sinon la fenêtre demande la phrase secrète)&#xa0;; le dossier n&apos;affiche que son pseudonyme</translation>
    </message>
    <message>
        <source>%1 at %2: %3</source>
        <translation>%1, le %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>case %1 was changed by %2 since it was shown here; nothing was written: reload it and apply the change again</source>
        <translation>le dossier %1 a été modifié par %2 depuis son affichage ici&#xa0;; rien n&apos;a été écrit&#xa0;: rechargez-le et appliquez de nouveau la modification</translation>
    </message>
    <message>
        <source>entry %1 follows entry %2: entries are missing</source>
        <translation>l&apos;entrée %1 suit l&apos;entrée %2&#xa0;: des entrées manquent</translation>
    </message>
    <message>
        <source>entry %1 does not link to the entry before it</source>
        <translation>l&apos;entrée %1 n&apos;est pas chaînée à l&apos;entrée qui la précède</translation>
    </message>
    <message>
        <source>entry %1 was changed after it was written</source>
        <translation>l&apos;entrée %1 a été modifiée après son écriture</translation>
    </message>
    <message>
        <source>case %1 was changed after it was signed final: its content no longer matches the digest the audit trail recorded at sign-off (entry %2)</source>
        <translation>le dossier %1 a été modifié après sa validation définitive&#xa0;: son contenu ne correspond plus à l&apos;empreinte enregistrée par le journal d&apos;audit lors de la validation (entrée %2)</translation>
    </message>
    <message>
        <source>case %1 was changed after it was signed final: its content no longer matches the digest the audit trail recorded at sign-off (entry %2); no report is made of it (oncoboard-cli audit verify)</source>
        <translation>le dossier %1 a été modifié après sa validation définitive&#xa0;: son contenu ne correspond plus à l&apos;empreinte enregistrée par le journal d&apos;audit lors de la validation (entrée %2)&#xa0;; aucun rapport n&apos;en est produit (oncoboard-cli audit verify)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date (YYYY-MM-DD)</source>
        <translation>&apos;%1&apos; n&apos;est pas une date (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>a participant&apos;s name cannot hold &apos;;&apos;: &apos;%1&apos;</source>
        <translation>le nom d&apos;un participant ne peut pas contenir &apos;;&apos;&#xa0;: &apos;%1&apos;</translation>
    </message>
    <message>
        <source>case %1 is on the agenda of meeting %2 already</source>
        <translation>le dossier %1 est déjà à l&apos;ordre du jour de la séance %2</translation>
    </message>
    <message>
        <source>meeting %1 on %2</source>
        <translation>séance %1 du %2</translation>
    </message>
    <message>
        <source>case %1 is not on the agenda of meeting %2</source>
        <translation>le dossier %1 n&apos;est pas à l&apos;ordre du jour de la séance %2</translation>
    </message>
    <message>
        <source>position %1 is not on the agenda (1 to %2)</source>
        <translation>la position %1 ne figure pas à l&apos;ordre du jour (1 à %2)</translation>
    </message>
    <message>
        <source>the conclusion is empty</source>
        <translation>la conclusion est vide</translation>
    </message>
    <message>
        <source>meeting %1 on %2: %3</source>
        <translation>séance %1 du %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>there is no meeting %1</source>
        <translation>il n&apos;existe pas de séance %1</translation>
    </message>
    <message>
        <source>response %1</source>
        <translation>réponse %1</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>depuis le %1</translation>
    </message>
    <message>
        <source>stopped %1</source>
        <translation>arrêté le %1</translation>
    </message>
    <message>
        <source>because: %1</source>
        <translation>motif&#xa0;: %1</translation>
    </message>
    <message>
        <source>assessed %1</source>
        <translation>évalué le %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of %2</source>
        <translation>&apos;%1&apos; ne fait pas partie de %2</translation>
    </message>
    <message>
        <source>response &apos;%1&apos; is not one of %2 (RECIST 1.1; NE: not evaluable)</source>
        <translation>la réponse &apos;%1&apos; ne fait pas partie de %2 (RECIST 1.1&#xa0;; NE&#xa0;: non évaluable)</translation>
    </message>
    <message>
        <source>a response is recorded for a treatment that was given</source>
        <translation>une réponse n&apos;est enregistrée que pour un traitement administré</translation>
    </message>
    <message>
        <source>it stopped (%1) before it started (%2)</source>
        <translation>il a été arrêté (%1) avant d&apos;avoir commencé (%2)</translation>
    </message>
    <message>
        <source>case %1 has no plan item %2</source>
        <translation>le dossier %1 n&apos;a pas d&apos;élément de plan %2</translation>
    </message>
    <message>
        <source>a plan item needs a title: the therapy, the trial or the diagnostic step</source>
        <translation>un élément de plan nécessite un titre&#xa0;: le traitement, l&apos;essai ou l&apos;étape diagnostique</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a ClinicalTrials.gov id (NCT and 8 digits)</source>
        <translation>&apos;%1&apos; n&apos;est pas un identifiant ClinicalTrials.gov (NCT et 8 chiffres)</translation>
    </message>
    <message>
        <source>case %1 has no alteration &apos;%2&apos; (name it GENE:p.CHANGE or CHROM:POS:REF:ALT)</source>
        <translation>le dossier %1 n&apos;a pas d&apos;altération &apos;%2&apos; (désignez-la par GENE:p.CHANGE ou CHROM:POS:REF:ALT)</translation>
    </message>
    <message>
        <source>alteration %1 is not part of case %2</source>
        <translation>l&apos;altération %1 ne fait pas partie du dossier %2</translation>
    </message>
    <message>
        <source>no earlier decision on this alteration in another case</source>
        <translation>aucune décision antérieure sur cette altération dans un autre dossier</translation>
    </message>
    <message>
        <source>as decided in %1 by %2 on %3%4</source>
        <translation>selon la décision prise dans %1 par %2 le %3%4</translation>
    </message>
    <message>
        <source>alteration %1</source>
        <translation>altération %1</translation>
    </message>
    <message>
        <source>decision %1 on %2</source>
        <translation>décision %1 concernant %2</translation>
    </message>
    <message>
        <source>plan item %1 (%2)</source>
        <translation>élément de plan %1 (%2)</translation>
    </message>
    <message>
        <source>the plan</source>
        <translation>le plan</translation>
    </message>
    <message>
        <source>the case record</source>
        <translation>la fiche du dossier</translation>
    </message>
    <message>
        <source>the patient</source>
        <translation>le patient</translation>
    </message>
    <message>
        <source>input %1 (%2)</source>
        <translation>entrée %1 (%2)</translation>
    </message>
    <message>
        <source>knowledge-base release of %1</source>
        <translation>version de la base de connaissances de %1</translation>
    </message>
    <message>
        <source>copy-number segment %1</source>
        <translation>segment de nombre de copies %1</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>vide</translation>
    </message>
    <message>
        <source>%1 was removed</source>
        <translation>suppression&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1: %2 was %3, is now %4</source>
        <translation>%1&#xa0;: %2 valait %3, vaut désormais %4</translation>
    </message>
    <message>
        <source>%1 was added</source>
        <translation>ajout&#xa0;: %1</translation>
    </message>
    <message>
        <source>this signing key belongs to account &apos;%1&apos;, not &apos;%2&apos;</source>
        <translation>cette clé de signature appartient au compte &apos;%1&apos;, pas à &apos;%2&apos;</translation>
    </message>
    <message>
        <source>no signing key has the fingerprint &apos;%1&apos; (oncoboard-cli keys list)</source>
        <translation>aucune clé de signature n&apos;a l&apos;empreinte &apos;%1&apos; (oncoboard-cli keys list)</translation>
    </message>
    <message>
        <source>the key %1 of &apos;%2&apos; is already registered</source>
        <translation>la clé %1 de &apos;%2&apos; est déjà enregistrée</translation>
    </message>
    <message>
        <source>the key %1 of &apos;%2&apos; is already revoked</source>
        <translation>la clé %1 de &apos;%2&apos; est déjà révoquée</translation>
    </message>
    <message>
        <source>to %1 give your role: %2 may</source>
        <translation>pour %1, indiquez votre rôle (rôles autorisés&#xa0;: %2)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a role of the board (%2)</source>
        <translation>&apos;%1&apos; n&apos;est pas un rôle de la RCP (%2)</translation>
    </message>
    <message>
        <source>the role %1 may not %2: %3 may</source>
        <translation>le rôle %1 n&apos;est pas autorisé à %2 (rôles autorisés&#xa0;: %3)</translation>
    </message>
    <message>
        <source>account &apos;%1&apos; is no %2 in this case database (its roles: %3); an administrator gives roles (oncoboard-cli members set)</source>
        <translation>le compte &apos;%1&apos; n&apos;a pas le rôle %2 dans cette base de dossiers (ses rôles&#xa0;: %3)&#xa0;; c&apos;est un administrateur qui attribue les rôles (oncoboard-cli members set)</translation>
    </message>
    <message>
        <source>account &apos;%1&apos; is not a member of this case database; an administrator adds members (oncoboard-cli members set)</source>
        <translation>le compte &apos;%1&apos; n&apos;est pas membre de cette base de dossiers&#xa0;; c&apos;est un administrateur qui ajoute les membres (oncoboard-cli members set)</translation>
    </message>
    <message>
        <source>a member needs an account</source>
        <translation>un membre nécessite un compte</translation>
    </message>
    <message>
        <source>the first member is the administrator who adds the others: give your own account (&apos;%1&apos;) the administrator role first</source>
        <translation>le premier membre est l&apos;administrateur qui ajoute les autres&#xa0;: attribuez d&apos;abord le rôle d&apos;administrateur à votre propre compte (&apos;%1&apos;)</translation>
    </message>
    <message>
        <source>case %1, version %2</source>
        <translation>dossier %1, version %2</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>brouillon</translation>
    </message>
    <message>
        <source>preliminary</source>
        <translation>préliminaire</translation>
    </message>
    <message>
        <source>final</source>
        <translation>définitif</translation>
    </message>
    <message>
        <source>included</source>
        <translation>inclus</translation>
    </message>
    <message>
        <source>excluded</source>
        <translation>exclu</translation>
    </message>
    <message>
        <source>VUS</source>
        <translation>VSI</translation>
    </message>
    <message>
        <source>artefact</source>
        <translation>artéfact</translation>
    </message>
    <message>
        <source>germline referral</source>
        <translation>orientation en oncogénétique (test constitutionnel)</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>retiré</translation>
    </message>
    <message>
        <source>no such case database</source>
        <translation>base de dossiers introuvable</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>impossible de créer le répertoire %1</translation>
    </message>
    <message>
        <source>the case database has schema %1, this version reads %2 (open it writable to migrate it)</source>
        <translation>la base de dossiers a le schéma %1, cette version lit le schéma %2 (ouvrez-la en écriture pour la migrer)</translation>
    </message>
    <message>
        <source>case %1 is final and locked (signed by %2 on %3): amend it to change it</source>
        <translation>le dossier %1 est définitif et verrouillé (validé par %2 le %3)&#xa0;: établissez un avenant pour le modifier</translation>
    </message>
    <message>
        <source>there is no case %1</source>
        <translation>il n&apos;existe pas de dossier %1</translation>
    </message>
    <message>
        <source>VAF not given</source>
        <translation>VAF non indiquée</translation>
    </message>
    <message>
        <source>%1 appeared %2 at %3</source>
        <translation>%1 apparue le %2 à %3</translation>
    </message>
    <message>
        <source>%1 not found on %2 (%3 on %4)</source>
        <translation>%1 non retrouvée le %2 (%3 le %4)</translation>
    </message>
    <message>
        <source>patient &apos;%1&apos; has no case in this database</source>
        <translation>le patient &apos;%1&apos; n&apos;a aucun dossier dans cette base de données</translation>
    </message>
    <message>
        <source>case %1 cannot go from %2 to %3 (draft -&gt; preliminary -&gt; final)</source>
        <translation>le dossier %1 ne peut pas passer de l&apos;état %2 à l&apos;état %3 (brouillon -&gt; préliminaire -&gt; définitif)</translation>
    </message>
    <message>
        <source>signing a case final needs the signer&apos;s role</source>
        <translation>la validation définitive d&apos;un dossier nécessite le rôle du signataire</translation>
    </message>
    <message>
        <source>case %1 is %2: only a final case is amended; edit it directly</source>
        <translation>le dossier %1 est à l&apos;état %2&#xa0;: seul un dossier définitif fait l&apos;objet d&apos;un avenant&#xa0;; modifiez-le directement</translation>
    </message>
    <message>
        <source>case %1 was already amended; amend its newest version</source>
        <translation>le dossier %1 a déjà fait l&apos;objet d&apos;un avenant&#xa0;; établissez l&apos;avenant sur sa version la plus récente</translation>
    </message>
    <message>
        <source>an amendment needs a reason</source>
        <translation>un avenant nécessite un motif</translation>
    </message>
    <message>
        <source>the cryptography library could not start</source>
        <translation>la bibliothèque de cryptographie n&apos;a pas pu démarrer</translation>
    </message>
    <message>
        <source>the passphrase is empty</source>
        <translation>la phrase secrète est vide</translation>
    </message>
    <message>
        <source>the stored key derivation parameters are damaged</source>
        <translation>les paramètres de dérivation de clé enregistrés sont endommagés</translation>
    </message>
    <message>
        <source>not enough memory to derive the key from the passphrase (%1 MiB)</source>
        <translation>mémoire insuffisante pour dériver la clé de la phrase secrète (%1 Mio)</translation>
    </message>
    <message>
        <source>a key has 32 bytes, not %1</source>
        <translation>une clé fait 32 octets, pas %1</translation>
    </message>
    <message>
        <source>a sealed identifier is damaged</source>
        <translation>un identifiant scellé est endommagé</translation>
    </message>
    <message>
        <source>a sealed identifier does not open with this key: it was changed, or moved from another patient or field</source>
        <translation>un identifiant scellé ne s&apos;ouvre pas avec cette clé&#xa0;: il a été modifié, ou déplacé depuis un autre patient ou un autre champ</translation>
    </message>
    <message>
        <source>the case is final and locked: amend it to change it</source>
        <translation>le dossier est définitif et verrouillé&#xa0;: établissez un avenant pour le modifier</translation>
    </message>
    <message>
        <source>the case database refuses this change (read-only session or missing privilege); nothing was saved (%1)</source>
        <translation>la base de dossiers refuse cette modification (session en lecture seule ou privilège manquant)&#xa0;; rien n&apos;a été enregistré (%1)</translation>
    </message>
    <message>
        <source>the case database server is out of disk or memory; nothing was saved (%1)</source>
        <translation>le serveur de la base de dossiers manque d&apos;espace disque ou de mémoire&#xa0;; rien n&apos;a été enregistré (%1)</translation>
    </message>
    <message>
        <source>the case database is busy with another writer; try again (%1)</source>
        <translation>la base de dossiers est occupée par un autre processus d&apos;écriture&#xa0;; réessayez (%1)</translation>
    </message>
    <message>
        <source>the connection to the case database server was lost; nothing was saved (%1)</source>
        <translation>la connexion au serveur de la base de dossiers a été perdue&#xa0;; rien n&apos;a été enregistré (%1)</translation>
    </message>
    <message>
        <source>the case database is read-only; nothing was saved (%1)</source>
        <translation>la base de dossiers est en lecture seule&#xa0;; rien n&apos;a été enregistré (%1)</translation>
    </message>
    <message>
        <source>the disk is full; nothing was saved (%1)</source>
        <translation>le disque est plein&#xa0;; rien n&apos;a été enregistré (%1)</translation>
    </message>
</context>
<context>
    <name>onco::CivicImporter</name>
    <message>
        <source>folder not found</source>
        <translation>répertoire introuvable</translation>
    </message>
    <message>
        <source>not a CIViC release: missing %1</source>
        <translation>ce n&apos;est pas une version de CIViC&#xa0;: il manque %1</translation>
    </message>
    <message>
        <source>cannot tell the release date: name it (--release YYYY-MM-DD)</source>
        <translation>impossible de déterminer la date de la version&#xa0;: indiquez-la (--release YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>missing columns: %1</source>
        <translation>colonnes manquantes&#xa0;: %1</translation>
    </message>
    <message>
        <source>the row has %1 of the header&apos;s %2 fields: the file is cut short or malformed, and nothing of this release is imported</source>
        <translation>la ligne contient %1 des %2 champs de l&apos;en-tête&#xa0;: le fichier est tronqué ou mal formé, et rien de cette version n&apos;est importé</translation>
    </message>
    <message>
        <source>the last line has no line end, unlike the lines before it: the file is cut short (an interrupted download?), and nothing of this release is imported</source>
        <translation>la dernière ligne n&apos;a pas de fin de ligne, contrairement aux précédentes&#xa0;: le fichier est tronqué (téléchargement interrompu&#xa0;?), et rien de cette version n&apos;est importé</translation>
    </message>
    <message>
        <source>import canceled</source>
        <translation>importation annulée</translation>
    </message>
    <message>
        <source>the feature id is not a number</source>
        <translation>l&apos;identifiant de la feature n&apos;est pas un nombre</translation>
    </message>
    <message>
        <source>molecular_profile_id is not a number</source>
        <translation>molecular_profile_id n&apos;est pas un nombre</translation>
    </message>
    <message>
        <source>variant_ids holds &apos;%1&apos;, not a number</source>
        <translation>variant_ids contient &apos;%1&apos;, qui n&apos;est pas un nombre</translation>
    </message>
    <message>
        <source>variant_id is not a number</source>
        <translation>variant_id n&apos;est pas un nombre</translation>
    </message>
    <message>
        <source>variant %1 refers to feature %2, which is not in the release</source>
        <translation>le variant %1 renvoie à la feature %2, absente de la version</translation>
    </message>
    <message>
        <source>evidence_id is not a number</source>
        <translation>evidence_id n&apos;est pas un nombre</translation>
    </message>
    <message>
        <source>the evidence names no molecular profile</source>
        <translation>l&apos;élément de preuve ne désigne aucun profil moléculaire</translation>
    </message>
    <message>
        <source>evidence %1 refers to molecular profile %2, which is not in the release</source>
        <translation>l&apos;élément de preuve %1 renvoie au profil moléculaire %2, absent de la version</translation>
    </message>
    <message>
        <source>evidence %1 has no level or type</source>
        <translation>l&apos;élément de preuve %1 n&apos;a ni niveau ni type</translation>
    </message>
    <message>
        <source>evidence %1 (%2) has no DOID; its disease is &apos;%3&apos;</source>
        <translation>l&apos;élément de preuve %1 (%2) n&apos;a pas de DOID&#xa0;; sa maladie est &apos;%3&apos;</translation>
    </message>
    <message>
        <source>assertion_id is not a number</source>
        <translation>assertion_id n&apos;est pas un nombre</translation>
    </message>
    <message>
        <source>assertion %1 has no molecular_profile_id</source>
        <translation>l&apos;assertion %1 n&apos;a pas de molecular_profile_id</translation>
    </message>
    <message>
        <source>assertion AID%1 refers to molecular profile %2, which this release does not contain; assertion skipped</source>
        <translation>l&apos;assertion AID%1 renvoie au profil moléculaire %2, que cette version ne contient pas&#xa0;; assertion ignorée</translation>
    </message>
    <message>
        <source>evidence_item_ids holds &apos;%1&apos;, not a number</source>
        <translation>evidence_item_ids contient &apos;%1&apos;, qui n&apos;est pas un nombre</translation>
    </message>
    <message>
        <source>assertion %1 cites evidence %2, which is not in the accepted set</source>
        <translation>l&apos;assertion %1 cite l&apos;élément de preuve %2, qui ne fait pas partie de l&apos;ensemble accepté</translation>
    </message>
    <message>
        <source>variant_group_id is not a number</source>
        <translation>variant_group_id n&apos;est pas un nombre</translation>
    </message>
    <message>
        <source>the release holds no evidence item: nothing is imported</source>
        <translation>la version ne contient aucun élément de preuve&#xa0;: rien n&apos;est importé</translation>
    </message>
</context>
<context>
    <name>onco::ClinicalReader</name>
    <message>
        <source>a sample table needs a SAMPLE_ID column</source>
        <translation>une table d&apos;échantillons nécessite une colonne SAMPLE_ID</translation>
    </message>
    <message>
        <source>biomarker &apos;%1&apos; is not known</source>
        <translation>biomarqueur &apos;%1&apos; inconnu</translation>
    </message>
    <message>
        <source>CANCER_TYPE_DETAILED &apos;%1&apos; is no OncoTree tumor type: its samples have no tumor type from this table</source>
        <translation>CANCER_TYPE_DETAILED &apos;%1&apos; n&apos;est pas un type tumoral OncoTree&#xa0;: ses échantillons ne reçoivent pas de type tumoral de cette table</translation>
    </message>
    <message>
        <source>the table gives tumor type %1 for sample %2; the case uses %3</source>
        <translation>la table indique le type tumoral %1 pour l&apos;échantillon %2&#xa0;; le dossier utilise %3</translation>
    </message>
    <message numerus="yes">
        <source>none of its %n rows is about this case&apos;s samples</source>
        <translation>
            <numerusform>aucune de ses %n ligne ne concerne les échantillons de ce dossier</numerusform>
            <numerusform>aucune de ses %n lignes ne concerne les échantillons de ce dossier</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>onco::CnaCall</name>
    <message>
        <source>deep deletion</source>
        <translation>délétion profonde</translation>
    </message>
    <message>
        <source>shallow deletion</source>
        <translation>délétion superficielle</translation>
    </message>
    <message>
        <source>neutral</source>
        <translation>neutre</translation>
    </message>
    <message>
        <source>gain</source>
        <translation>gain</translation>
    </message>
    <message>
        <source>amplification</source>
        <translation>amplification</translation>
    </message>
</context>
<context>
    <name>onco::CohortLoader</name>
    <message>
        <source>a cohort takes every sample of its inputs: no tumor or normal sample is chosen</source>
        <translation>une cohorte prend tous les échantillons de ses entrées&#xa0;: aucun échantillon tumoral ou normal n&apos;est choisi</translation>
    </message>
    <message>
        <source>tumor type &apos;%1&apos; of sample %2 is not an OncoTree code: the sample is annotated without a tumor type</source>
        <translation>le type tumoral &apos;%1&apos; de l&apos;échantillon %2 n&apos;est pas un code OncoTree&#xa0;: l&apos;échantillon est annoté sans type tumoral</translation>
    </message>
    <message>
        <source>the cohort&apos;s inputs skipped %1 rows and gave %2 warnings on rows; they are listed in the cohort run&apos;s messages, not per sample</source>
        <translation>les entrées de la cohorte ont ignoré %1 lignes et émis %2 avertissements sur des lignes&#xa0;; ceux-ci figurent dans les messages de l&apos;exécution de la cohorte, et non par échantillon</translation>
    </message>
    <message numerus="yes">
        <source>%n alterations belong to no tumor sample of the cohort</source>
        <translation>
            <numerusform>%n altération n&apos;appartient à aucun échantillon tumoral de la cohorte</numerusform>
            <numerusform>%n altérations n&apos;appartiennent à aucun échantillon tumoral de la cohorte</numerusform>
        </translation>
    </message>
    <message>
        <source>more than %L1 alterations in one run: split the cohort</source>
        <translation>plus de %L1 altérations en une seule exécution&#xa0;: scindez la cohorte</translation>
    </message>
</context>
<context>
    <name>onco::CopyNumberProfile</name>
    <message>
        <source>No copy-number data in this case</source>
        <translation>Aucune donnée de nombre de copies dans ce dossier</translation>
    </message>
    <message>
        <source>Copy-number profile (log2 ratio)</source>
        <translation>Profil du nombre de copies (rapport log2)</translation>
    </message>
    <message>
        <source>Copy-number profile (total copy number)</source>
        <translation>Profil du nombre de copies (nombre de copies total)</translation>
    </message>
    <message>
        <source>segments: %1</source>
        <translation>segments&#xa0;: %1</translation>
    </message>
    <message>
        <source>gene-level calls: %1</source>
        <translation>appels au niveau du gène&#xa0;: %1</translation>
    </message>
    <message>
        <source>no segments: gene-level calls only</source>
        <translation>aucun segment&#xa0;: appels au niveau du gène uniquement</translation>
    </message>
    <message>
        <source>genome build unknown: GRCh38 chromosome sizes</source>
        <translation>version du génome inconnue&#xa0;: tailles des chromosomes GRCh38</translation>
    </message>
    <message>
        <source>some segments converted between log2 ratio and copy number, taking 2 copies as normal</source>
        <translation>certains segments ont été convertis entre rapport log2 et nombre de copies, en prenant 2 copies comme valeur normale</translation>
    </message>
    <message>
        <source>segments on other contigs or without a value, not shown: %1</source>
        <translation>segments sur d&apos;autres contigs ou sans valeur, non affichés&#xa0;: %1</translation>
    </message>
    <message>
        <source>segments beyond the axis, drawn at its edge: %1</source>
        <translation>segments au-delà de l&apos;axe, dessinés à son bord&#xa0;: %1</translation>
    </message>
    <message>
        <source>calls on genes of unknown position, not marked: %1</source>
        <translation>appels sur des gènes de position inconnue, non marqués&#xa0;: %1</translation>
    </message>
    <message>
        <source>Chromosome</source>
        <translation>Chromosome</translation>
    </message>
    <message>
        <source>log2 ratio</source>
        <translation>rapport log2</translation>
    </message>
    <message>
        <source>Total copy number</source>
        <translation>Nombre de copies total</translation>
    </message>
</context>
<context>
    <name>onco::CopyNumberReader</name>
    <message>
        <source>loading canceled</source>
        <translation>chargement annulé</translation>
    </message>
    <message>
        <source>the genome build is unknown, so segments are not mapped to genes; give it with --genome</source>
        <translation>l&apos;assemblage du génome est inconnu, les segments ne sont donc pas rattachés aux gènes&#xa0;; indiquez-le avec --genome</translation>
    </message>
    <message>
        <source>the gene is not named</source>
        <translation>le gène n&apos;est pas nommé</translation>
    </message>
    <message>
        <source>Entrez gene %1 is not a known protein-coding gene</source>
        <translation>le gène Entrez %1 n&apos;est pas un gène codant connu</translation>
    </message>
    <message>
        <source>%1 and Entrez gene %2 (%3) name different genes; %1 is used</source>
        <translation>%1 et le gène Entrez %2 (%3) désignent des gènes différents&#xa0;; %1 est utilisé</translation>
    </message>
    <message>
        <source>a copy-number matrix needs a Hugo_Symbol or Entrez_Gene_Id column</source>
        <translation>une matrice de nombre de copies nécessite une colonne Hugo_Symbol ou Entrez_Gene_Id</translation>
    </message>
    <message>
        <source>the matrix has no sample columns</source>
        <translation>la matrice n&apos;a pas de colonnes d&apos;échantillons</translation>
    </message>
    <message>
        <source>gene %1 appears again with other values (first at line %2); both rows are kept</source>
        <translation>le gène %1 apparaît de nouveau avec d&apos;autres valeurs (première occurrence à la ligne %2)&#xa0;; les deux lignes sont conservées</translation>
    </message>
    <message>
        <source>expected %1 columns, found %2</source>
        <translation>%1 colonnes attendues, %2 trouvées</translation>
    </message>
    <message>
        <source>&apos;%1&apos; for %2 in sample %3 is not a copy-number value; ignored</source>
        <translation>&apos;%1&apos; pour %2 dans l&apos;échantillon %3 n&apos;est pas une valeur de nombre de copies&#xa0;; ignoré</translation>
    </message>
    <message>
        <source>a copy-number list needs sample and value columns</source>
        <translation>une liste de nombres de copies nécessite des colonnes d&apos;échantillon et de valeur</translation>
    </message>
    <message>
        <source>the copy-number value is empty</source>
        <translation>la valeur de nombre de copies est vide</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a copy-number call (-2..2)</source>
        <translation>&apos;%1&apos; n&apos;est pas un statut de nombre de copies (-2..2)</translation>
    </message>
    <message>
        <source>gene %1 of sample %2 appears again with another value (first at line %3); both rows are kept</source>
        <translation>le gène %1 de l&apos;échantillon %2 apparaît de nouveau avec une autre valeur (première occurrence à la ligne %3)&#xa0;; les deux lignes sont conservées</translation>
    </message>
    <message>
        <source>a segment file needs chromosome, start, end and %1 columns</source>
        <translation>un fichier de segments nécessite des colonnes chromosome, début, fin et %1</translation>
    </message>
    <message>
        <source>segment %1:%2-%3 has no valid position</source>
        <translation>le segment %1:%2-%3 n&apos;a pas de position valide</translation>
    </message>
    <message>
        <source>segment %1:%2-%3 ends beyond chromosome %1 of %4 (%5 bp): another genome build?</source>
        <translation>le segment %1:%2-%3 se termine au-delà du chromosome %1 de %4 (%5 pb)&#xa0;: autre assemblage du génome&#xa0;?</translation>
    </message>
    <message>
        <source>major/minor copy numbers are not numbers</source>
        <translation>les nombres de copies majeur/mineur ne sont pas des nombres</translation>
    </message>
    <message>
        <source>segment mean &apos;%1&apos; is not a number</source>
        <translation>la moyenne de segment &apos;%1&apos; n&apos;est pas un nombre</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is neither an amplification nor a deletion peak</source>
        <translation>&apos;%1&apos; n&apos;est ni un pic d&apos;amplification ni un pic de délétion</translation>
    </message>
    <message>
        <source>wide peak limits &apos;%1&apos; are not chr:start-end</source>
        <translation>les limites du pic large &apos;%1&apos; ne sont pas au format chr:start-end</translation>
    </message>
    <message numerus="yes">
        <source>%n gene symbols are not protein-coding genes of MANE v1.0 (aliases or non-coding genes?): </source>
        <translation>
            <numerusform>%n symbole de gène n&apos;est pas un gène codant de MANE v1.0 (alias ou gène non codant&#xa0;?)&#xa0;: </numerusform>
            <numerusform>%n symboles de gènes ne sont pas des gènes codants de MANE v1.0 (alias ou gènes non codants&#xa0;?)&#xa0;: </numerusform>
        </translation>
    </message>
    <message>
        <source>not a copy-number format</source>
        <translation>ce n&apos;est pas un format de nombre de copies</translation>
    </message>
</context>
<context>
    <name>onco::DateField</name>
    <message>
        <source>not set</source>
        <translation>non renseignée</translation>
    </message>
    <message>
        <source>Pick from the calendar or type the date; Delete with the date selected leaves it not set</source>
        <translation>Choisissez dans le calendrier ou saisissez la date&#xa0;; la touche Suppr, la date étant sélectionnée, la laisse non renseignée</translation>
    </message>
</context>
<context>
    <name>onco::DiplotypeCaller</name>
    <message>
        <source>no diplotype</source>
        <translation>aucun diplotype</translation>
    </message>
    <message>
        <source>no phenotype in the table</source>
        <translation>aucun phénotype dans la table</translation>
    </message>
    <message>
        <source> (activity score %1)</source>
        <translation> (score d&apos;activité %1)</translation>
    </message>
    <message>
        <source>%1/%2 (not in the phenotype table)</source>
        <translation>%1/%2 (absent de la table des phénotypes)</translation>
    </message>
    <message>
        <source>Diplotype: the observed alleles placed on two chromosomes so that each is a PharmCAT named allele; the input gives no phase.</source>
        <translation>Diplotype&#xa0;: les allèles observés sont répartis sur deux chromosomes de sorte que chacun soit un allèle nommé PharmCAT&#xa0;; l&apos;entrée ne donne pas de phase.</translation>
    </message>
    <message>
        <source>The PharmCAT phenotype table (data %1) has no phenotype for %2.</source>
        <translation>La table des phénotypes PharmCAT (données %1) ne donne aucun phénotype pour %2.</translation>
    </message>
    <message>
        <source>Phase unknown: the heterozygous variants are taken to lie on different chromosomes (in trans), the more cautious reading; in cis the result would be %1.</source>
        <translation>Phase inconnue&#xa0;: les variants hétérozygotes sont supposés se trouver sur des chromosomes différents (en trans), l&apos;interprétation la plus prudente&#xa0;; en cis, le résultat serait %1.</translation>
    </message>
    <message>
        <source>%1 is not a DPYD allele on its own (PharmCAT defines it only as part of %2); it is not counted.</source>
        <translation>%1 n&apos;est pas un allèle de DPYD à lui seul (PharmCAT ne le définit que comme partie de %2)&#xa0;; il n&apos;est pas pris en compte.</translation>
    </message>
    <message>
        <source>Diplotype: no pair of named alleles explains every observed variant, so, as CPIC advises for unphased DPYD genotypes, the two alleles of lowest activity (%1, %2) are taken to lie on different chromosomes.</source>
        <translation>Diplotype&#xa0;: aucune paire d&apos;allèles nommés n&apos;explique tous les variants observés&#xa0;; comme le recommande le CPIC pour les génotypes DPYD non phasés, les deux allèles de plus faible activité (%1, %2) sont supposés se trouver sur des chromosomes différents.</translation>
    </message>
    <message>
        <source>More than two DPYD variant alleles were observed; only the two of lowest activity count for the activity score.</source>
        <translation>Plus de deux allèles variants de DPYD ont été observés&#xa0;; seuls les deux de plus faible activité comptent pour le score d&apos;activité.</translation>
    </message>
    <message>
        <source>The observed variants do not form PharmCAT named alleles of %1 on two chromosomes; no diplotype or phenotype is derived.</source>
        <translation>Les variants observés ne forment pas d&apos;allèles nommés PharmCAT de %1 sur deux chromosomes&#xa0;; aucun diplotype ni phénotype n&apos;est déduit.</translation>
    </message>
    <message>
        <source>Phase unknown: the genotype fits %1 (%2) as well; the more cautious %3 is reported.</source>
        <translation>Phase inconnue&#xa0;: le génotype correspond aussi à %1 (%2)&#xa0;; c&apos;est %3, plus prudent, qui est rapporté.</translation>
    </message>
    <message>
        <source>Phase unknown: the genotype also fits %1 (%2); %3 is reported because its named alleles explain the variants with more defined positions (PharmCAT&apos;s rule). Confirm the phase if it matters for dosing.</source>
        <translation>Phase inconnue&#xa0;: le génotype correspond aussi à %1 (%2)&#xa0;; %3 est rapporté, car ses allèles nommés expliquent les variants avec davantage de positions définies (règle de PharmCAT). Confirmez la phase si elle importe pour la posologie.</translation>
    </message>
</context>
<context>
    <name>onco::EffectPredictor</name>
    <message>
        <source>the change spans an end of the transcript</source>
        <translation>la modification chevauche une extrémité du transcrit</translation>
    </message>
    <message>
        <source>the change spans the start or the end of the coding sequence</source>
        <translation>la modification chevauche le début ou la fin de la séquence codante</translation>
    </message>
    <message>
        <source>no protein sequence of %1 is bundled</source>
        <translation>aucune séquence protéique de %1 n&apos;est fournie</translation>
    </message>
    <message>
        <source>the bundled protein of %1 does not fit this transcript model</source>
        <translation>la protéine fournie pour %1 ne correspond pas à ce modèle de transcrit</translation>
    </message>
    <message>
        <source>frameshift from codon %1: the first changed residue and the new reading frame need the reference sequence</source>
        <translation>décalage du cadre de lecture à partir du codon %1&#xa0;: le premier résidu modifié et le nouveau cadre de lecture nécessitent la séquence de référence</translation>
    </message>
    <message>
        <source>an in-frame deletion within codons: the residues it leaves need the reference sequence</source>
        <translation>une délétion en phase à l&apos;intérieur de codons&#xa0;: les résidus restants nécessitent la séquence de référence</translation>
    </message>
    <message>
        <source>an insertion that brings a stop codon after codon %1</source>
        <translation>une insertion qui introduit un codon stop après le codon %1</translation>
    </message>
    <message>
        <source>an in-frame insertion within a codon: the residues it gives need the reference sequence</source>
        <translation>une insertion en phase à l&apos;intérieur d&apos;un codon&#xa0;: les résidus produits nécessitent la séquence de référence</translation>
    </message>
    <message>
        <source>: a missense change at codon %1 (no codon with these bases gives a synonymous or stop codon); the residues need the reference sequence</source>
        <translation>: une modification faux-sens au codon %1 (aucun codon portant ces bases ne donne un codon synonyme ou stop)&#xa0;; les résidus nécessitent la séquence de référence</translation>
    </message>
    <message>
        <source>: codon %1 changes (missense or stop; never synonymous), which needs the reference codon</source>
        <translation>: le codon %1 change (faux-sens ou stop&#xa0;; jamais synonyme), ce qui nécessite le codon de référence</translation>
    </message>
    <message>
        <source>: codon %1 may change or stay synonymous, which needs the reference codon</source>
        <translation>: le codon %1 peut changer ou rester synonyme, ce qui nécessite le codon de référence</translation>
    </message>
    <message>
        <source>the reference base cannot encode %1%2 of %3: another genome build or transcript?</source>
        <translation>la base de référence ne peut pas coder %1%2 de %3&#xa0;: autre version du génome ou autre transcrit&#xa0;?</translation>
    </message>
    <message>
        <source>a stop codon lost: the extension needs the reference sequence</source>
        <translation>perte d&apos;un codon stop&#xa0;: l&apos;extension nécessite la séquence de référence</translation>
    </message>
    <message>
        <source>%1 (synonymous)</source>
        <translation>%1 (synonyme)</translation>
    </message>
    <message>
        <source>%1%2 becomes one of %3: which one needs the reference codon</source>
        <translation>%1%2 devient l&apos;un des résidus %3&#xa0;: seul le codon de référence permet de dire lequel</translation>
    </message>
    <message>
        <source>a change across codons %1-%2: the residues it gives need the reference sequence</source>
        <translation>une modification s&apos;étendant sur les codons %1-%2&#xa0;: les résidus produits nécessitent la séquence de référence</translation>
    </message>
    <message>
        <source>refGene gene extent</source>
        <translation>étendue du gène refGene</translation>
    </message>
    <message>
        <source>within the extent of %1&apos;s refGene isoforms but outside its modelled transcript: the effect on the other isoforms is not predicted</source>
        <translation>dans l&apos;étendue des isoformes refGene de %1, mais hors de son transcrit modélisé&#xa0;: l&apos;effet sur les autres isoformes n&apos;est pas prédit</translation>
    </message>
    <message>
        <source>in the non-coding gene %1 (refGene): whether in an exon or an intron is not modelled</source>
        <translation>dans le gène non codant %1 (refGene)&#xa0;: la localisation exonique ou intronique n&apos;est pas modélisée</translation>
    </message>
    <message numerus="yes">
        <source>%n small variant(s) carry no functional annotation and the genome build is not known: gene, consequence and protein change cannot be predicted (give the build: --genome GRCh37 or GRCh38)</source>
        <translation>
            <numerusform>%n petit variant ne porte aucune annotation fonctionnelle et la version du génome est inconnue&#xa0;: le gène, la conséquence et la modification protéique ne peuvent pas être prédits (indiquez la version&#xa0;: --genome GRCh37 ou GRCh38)</numerusform>
            <numerusform>%n petits variants ne portent aucune annotation fonctionnelle et la version du génome est inconnue&#xa0;: le gène, la conséquence et la modification protéique ne peuvent pas être prédits (indiquez la version&#xa0;: --genome GRCh37 ou GRCh38)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1:%2 is not in the reference genome %3</source>
        <translation>%1:%2 ne figure pas dans le génome de référence %3</translation>
    </message>
    <message>
        <source>REF %1 at %2:%3 differs from the reference genome&apos;s %4: another genome build or reference? The protein change is not stated</source>
        <translation>le REF %1 en %2:%3 diffère de celui du génome de référence (%4)&#xa0;: autre version du génome ou autre référence&#xa0;? La modification protéique n&apos;est pas indiquée</translation>
    </message>
    <message>
        <source>OncoBoard (%1): %2</source>
        <translation>OncoBoard (%1)&#xa0;: %2</translation>
    </message>
    <message>
        <source>OncoBoard (%1 %2 model, reference genome): %3</source>
        <translation>OncoBoard (modèle %1 %2, génome de référence)&#xa0;: %3</translation>
    </message>
    <message>
        <source>OncoBoard (%1 %2 model): %3</source>
        <translation>OncoBoard (modèle %1 %2)&#xa0;: %3</translation>
    </message>
    <message>
        <source>%L1 variant(s) whose REF differs from the reference genome %2 and %L3 outside it: is it the build the variants were called on?</source>
        <translation>%L1 variant(s) dont le REF diffère du génome de référence %2 et %L3 en dehors de celui-ci&#xa0;: est-ce bien la version sur laquelle les variants ont été appelés&#xa0;?</translation>
    </message>
    <message numerus="yes">
        <source>none: the inputs carry no functional annotation and the genome build is not known, so gene, consequence and protein change of %n small variant(s) cannot be predicted</source>
        <translation>
            <numerusform>aucune&#xa0;: les entrées ne portent aucune annotation fonctionnelle et la version du génome est inconnue&#xa0;; le gène, la conséquence et la modification protéique de %n petit variant ne peuvent donc pas être prédits</numerusform>
            <numerusform>aucune&#xa0;: les entrées ne portent aucune annotation fonctionnelle et la version du génome est inconnue&#xa0;; le gène, la conséquence et la modification protéique de %n petits variants ne peuvent donc pas être prédits</numerusform>
        </translation>
    </message>
    <message>
        <source>%L1 from the input</source>
        <translation>%L1 issus de l&apos;entrée</translation>
    </message>
    <message>
        <source>%L1 predicted by OncoBoard from MANE Select transcript models and translated with the reference genome %2</source>
        <translation>%L1 prédits par OncoBoard à partir des modèles de transcrits MANE Select et traduits avec le génome de référence %2</translation>
    </message>
    <message>
        <source>%L1 predicted by OncoBoard from MANE Select transcript models, without the reference genome (a protein change only where the data determine it)</source>
        <translation>%L1 prédits par OncoBoard à partir des modèles de transcrits MANE Select, sans le génome de référence (une modification protéique uniquement là où les données la déterminent)</translation>
    </message>
    <message>
        <source>%L1 not annotated (intergenic or no model)</source>
        <translation>%L1 non annotés (intergéniques ou sans modèle)</translation>
    </message>
    <message>
        <source>the reference coding sequence of %1 does not translate to one protein ending in a stop codon: the protein change is not stated</source>
        <translation>la séquence codante de référence de %1 ne se traduit pas en une protéine unique se terminant par un codon stop&#xa0;: la modification protéique n&apos;est pas indiquée</translation>
    </message>
    <message>
        <source>the changed transcript has no stop codon: the protein change is not stated</source>
        <translation>le transcrit modifié n&apos;a pas de codon stop&#xa0;: la modification protéique n&apos;est pas indiquée</translation>
    </message>
</context>
<context>
    <name>onco::EvidencePanel</name>
    <message>
        <source>&amp;Accept</source>
        <translation>&amp;Accepter</translation>
    </message>
    <message>
        <source>Take over this decision for the current case</source>
        <translation>Reprendre cette décision pour le dossier en cours</translation>
    </message>
    <message>
        <source>&lt;b&gt;Evidence&lt;/b&gt;&lt;br&gt;Select an alteration to see its evidence.</source>
        <translation>&lt;b&gt;Données probantes&lt;/b&gt;&lt;br&gt;Sélectionnez une altération pour afficher ses données probantes.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 evidence items &amp;middot; AMP &lt;b&gt;%3&lt;/b&gt;%4 &amp;middot; ESCAT %5 &amp;middot; OncoKB-style %6%7</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 éléments de preuve &amp;middot; AMP &lt;b&gt;%3&lt;/b&gt;%4 &amp;middot; ESCAT %5 &amp;middot; type OncoKB %6%7</translation>
    </message>
    <message>
        <source>&lt;p&gt;No knowledge-base evidence matched this alteration.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Aucune donnée probante de la base de connaissances ne correspond à cette altération.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Therapies:&lt;/b&gt; %1%2&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Traitements&#xa0;:&lt;/b&gt; %1%2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Citation:&lt;/b&gt; %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Référence&#xa0;:&lt;/b&gt; %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Trials:&lt;/b&gt; %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Essais&#xa0;:&lt;/b&gt; %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Why it matched&lt;/b&gt; (%1): %2&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Motif de la correspondance&lt;/b&gt; (%1)&#xa0;: %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Tumor type:&lt;/b&gt; %1 &amp;middot; %2&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Type tumoral&#xa0;:&lt;/b&gt; %1 &amp;middot; %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Source:&lt;/b&gt; %1 %2 &amp;middot; &lt;a href=&apos;%3&apos;&gt;open in %1&lt;/a&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Source&#xa0;:&lt;/b&gt; %1 %2 &amp;middot; &lt;a href=&apos;%3&apos;&gt;ouvrir dans %1&lt;/a&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;%1 &amp;middot; %2 &amp;middot; level %3&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;%1 &amp;middot; %2 &amp;middot; niveau %3&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;color:gray&apos;&gt;Statement of %1, in English:&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:gray&apos;&gt;Énoncé de %1, en anglais dans l&apos;original :&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>onco::EvidenceTableModel</name>
    <message>
        <source>same</source>
        <translation>identique</translation>
    </message>
    <message>
        <source>broader</source>
        <translation>plus large</translation>
    </message>
    <message>
        <source>narrower</source>
        <translation>plus restreint</translation>
    </message>
    <message>
        <source>off-label</source>
        <translation>hors indication</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Preuve</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Sens</translation>
    </message>
    <message>
        <source>Significance</source>
        <translation>Signification</translation>
    </message>
    <message>
        <source>Therapies</source>
        <translation>Traitements</translation>
    </message>
    <message>
        <source>Disease</source>
        <translation>Maladie</translation>
    </message>
    <message>
        <source>Tumor type</source>
        <translation>Type tumoral</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Correspondance</translation>
    </message>
</context>
<context>
    <name>onco::ExonIndex</name>
    <message>
        <source>an exon table needs gene, transcript, exon, exons, first_codon and last_codon</source>
        <translation>une table d&apos;exons nécessite gene, transcript, exon, exons, first_codon et last_codon</translation>
    </message>
    <message>
        <source>exon or codon numbers are not valid</source>
        <translation>les numéros d&apos;exon ou de codon ne sont pas valides</translation>
    </message>
</context>
<context>
    <name>onco::FhirReport</name>
    <message>
        <source>Superseded by version %1 of case %2 of %3: withdrawn in favour of it, which is the report to act on.%4</source>
        <translation>Remplacé par la version %1 du dossier %2 du %3&#xa0;: retiré au profit de celle-ci, qui est le rapport à prendre en compte.%4</translation>
    </message>
</context>
<context>
    <name>onco::FusionReader</name>
    <message>
        <source>&apos;%1&apos; does not name two genes</source>
        <translation>&apos;%1&apos; ne désigne pas deux gènes</translation>
    </message>
    <message>
        <source>no gene is named</source>
        <translation>aucun gène n&apos;est nommé</translation>
    </message>
    <message>
        <source>read support not used: %1</source>
        <translation>support en lectures non utilisé&#xa0;: %1</translation>
    </message>
    <message>
        <source>the same event as line %1 with other values; both rows are kept</source>
        <translation>même événement qu&apos;à la ligne %1 avec d&apos;autres valeurs&#xa0;; les deux lignes sont conservées</translation>
    </message>
</context>
<context>
    <name>onco::GeneTable</name>
    <message>
        <source>not a MANE summary file: columns missing</source>
        <translation>ce n&apos;est pas un fichier de synthèse MANE&#xa0;: colonnes manquantes</translation>
    </message>
    <message>
        <source>malformed gene row</source>
        <translation>ligne de gène mal formée</translation>
    </message>
</context>
<context>
    <name>onco::IgvLink</name>
    <message>
        <source>IGV shows %1</source>
        <translation>IGV affiche %1</translation>
    </message>
    <message>
        <source>IGV answered: %1</source>
        <translation>IGV a répondu&#xa0;: %1</translation>
    </message>
    <message>
        <source>IGV does not answer on port %1: start IGV and enable its batch port (View &gt; Preferences &gt; Advanced &gt; Enable port)</source>
        <translation>IGV ne répond pas sur le port %1&#xa0;: démarrez IGV et activez son port de commandes (View &gt; Preferences &gt; Advanced &gt; Enable port)</translation>
    </message>
    <message>
        <source>IGV did not answer within 3 seconds on port %1</source>
        <translation>IGV n&apos;a pas répondu dans les 3 secondes sur le port %1</translation>
    </message>
</context>
<context>
    <name>onco::InputFormat</name>
    <message>
        <source>copy-number matrix</source>
        <translation>matrice de nombre de copies</translation>
    </message>
    <message>
        <source>copy-number list</source>
        <translation>liste de nombres de copies</translation>
    </message>
    <message>
        <source>copy-number segments</source>
        <translation>segments de nombre de copies</translation>
    </message>
    <message>
        <source>allele-specific copy number</source>
        <translation>nombre de copies spécifique des allèles</translation>
    </message>
    <message>
        <source>GISTIC lesions</source>
        <translation>lésions GISTIC</translation>
    </message>
    <message>
        <source>structural variants</source>
        <translation>variants structuraux</translation>
    </message>
    <message>
        <source>fusions</source>
        <translation>fusions</translation>
    </message>
    <message>
        <source>clinical data</source>
        <translation>données cliniques</translation>
    </message>
    <message>
        <source>biomarkers</source>
        <translation>biomarqueurs</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>VCF/BCF header</source>
        <translation>en-tête VCF/BCF</translation>
    </message>
    <message>
        <source>not a tab-separated table</source>
        <translation>pas une table séparée par des tabulations</translation>
    </message>
    <message>
        <source>GISTIC peak columns</source>
        <translation>colonnes de pics GISTIC</translation>
    </message>
    <message>
        <source>Site1/Site2 columns</source>
        <translation>colonnes Site1/Site2</translation>
    </message>
    <message>
        <source>fusion columns</source>
        <translation>colonnes de fusion</translation>
    </message>
    <message>
        <source>major/minor copy-number columns</source>
        <translation>colonnes de nombre de copies majeur/mineur</translation>
    </message>
    <message>
        <source>segment mean column</source>
        <translation>colonne de moyenne des segments</translation>
    </message>
    <message>
        <source>one copy-number call per row</source>
        <translation>un appel de nombre de copies par ligne</translation>
    </message>
    <message>
        <source>ALTERATION column</source>
        <translation>colonne ALTERATION</translation>
    </message>
    <message>
        <source>MAF columns</source>
        <translation>colonnes MAF</translation>
    </message>
    <message>
        <source>gene rows with sample columns</source>
        <translation>lignes de gènes avec colonnes d&apos;échantillons</translation>
    </message>
    <message>
        <source>sample table</source>
        <translation>table d&apos;échantillons</translation>
    </message>
    <message>
        <source>no known columns</source>
        <translation>aucune colonne connue</translation>
    </message>
</context>
<context>
    <name>onco::InputIssuesDialog</name>
    <message>
        <source>Input issues</source>
        <translation>Problèmes dans les fichiers d&apos;entrée</translation>
    </message>
    <message>
        <source>1 record was skipped</source>
        <translation>1 enregistrement a été ignoré</translation>
    </message>
    <message>
        <source>%L1 records were skipped</source>
        <translation>%L1 enregistrements ont été ignorés</translation>
    </message>
    <message>
        <source>1 warning was raised</source>
        <translation>1 avertissement a été émis</translation>
    </message>
    <message>
        <source>%L1 warnings were raised</source>
        <translation>%L1 avertissements ont été émis</translation>
    </message>
    <message>
        <source>%1 and %2 while reading the case. Skipped records are not part of the case.</source>
        <translation>%1 et %2 lors de la lecture du dossier. Les enregistrements ignorés ne font pas partie du dossier.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Effect</source>
        <translation>Effet</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>Occurrences</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>ignoré</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>avertissement</translation>
    </message>
</context>
<context>
    <name>onco::KbSchema</name>
    <message>
        <source>not an OncoBoard knowledge base (the SQLite file belongs to another application or is a case database); it is left untouched</source>
        <translation>ce n&apos;est pas une base de connaissances OncoBoard (le fichier SQLite appartient à une autre application ou est une base de dossiers)&#xa0;; il n&apos;est pas modifié</translation>
    </message>
    <message>
        <source>the knowledge base was written by a newer OncoBoard (schema %1, this version reads up to %2)</source>
        <translation>la base de connaissances a été écrite par une version plus récente d&apos;OncoBoard (schéma %1&#xa0;; cette version lit jusqu&apos;au schéma %2)</translation>
    </message>
    <message>
        <source>cannot migrate knowledge-base schema %1 holding user imports</source>
        <translation>impossible de migrer le schéma %1 de la base de connaissances, qui contient des importations de l&apos;utilisateur</translation>
    </message>
</context>
<context>
    <name>onco::KbTerms</name>
    <message>
        <source>Predictive</source>
        <translation>Prédictif</translation>
    </message>
    <message>
        <source>Diagnostic</source>
        <translation>Diagnostique</translation>
    </message>
    <message>
        <source>Prognostic</source>
        <translation>Pronostique</translation>
    </message>
    <message>
        <source>Predisposing</source>
        <translation>Prédisposant</translation>
    </message>
    <message>
        <source>Oncogenic</source>
        <translation>Oncogénique</translation>
    </message>
    <message>
        <source>Functional</source>
        <translation>Fonctionnel</translation>
    </message>
    <message>
        <source>Supports</source>
        <translation>Soutient</translation>
    </message>
    <message>
        <source>Does Not Support</source>
        <translation>Ne soutient pas</translation>
    </message>
    <message>
        <source>Sensitivity/Response</source>
        <translation>Sensibilité/réponse</translation>
    </message>
    <message>
        <source>Resistance</source>
        <translation>Résistance</translation>
    </message>
    <message>
        <source>Reduced Sensitivity</source>
        <translation>Sensibilité réduite</translation>
    </message>
    <message>
        <source>Adverse Response</source>
        <translation>Réponse indésirable</translation>
    </message>
    <message>
        <source>Predisposition</source>
        <translation>Prédisposition</translation>
    </message>
    <message>
        <source>Protectiveness</source>
        <translation>Effet protecteur</translation>
    </message>
    <message>
        <source>Positive</source>
        <translation>Positif</translation>
    </message>
    <message>
        <source>Negative</source>
        <translation>Négatif</translation>
    </message>
    <message>
        <source>Better Outcome</source>
        <translation>Meilleur pronostic</translation>
    </message>
    <message>
        <source>Poor Outcome</source>
        <translation>Pronostic défavorable</translation>
    </message>
    <message>
        <source>Uncertain Significance</source>
        <translation>Signification incertaine</translation>
    </message>
    <message>
        <source>Oncogenicity</source>
        <translation>Oncogénicité</translation>
    </message>
    <message>
        <source>Gain of Function</source>
        <translation>Gain de fonction</translation>
    </message>
    <message>
        <source>Loss of Function</source>
        <translation>Perte de fonction</translation>
    </message>
    <message>
        <source>Dominant Negative</source>
        <translation>Dominant négatif</translation>
    </message>
    <message>
        <source>Neomorphic</source>
        <translation>Néomorphe</translation>
    </message>
    <message>
        <source>Unaltered Function</source>
        <translation>Fonction inchangée</translation>
    </message>
    <message>
        <source>Combination</source>
        <translation>association</translation>
    </message>
    <message>
        <source>Sequential</source>
        <translation>séquentiel</translation>
    </message>
    <message>
        <source>Substitutes</source>
        <translation>substituables</translation>
    </message>
    <message>
        <source>Normal Metabolizer</source>
        <translation>Métaboliseur normal</translation>
    </message>
    <message>
        <source>Intermediate Metabolizer</source>
        <translation>Métaboliseur intermédiaire</translation>
    </message>
    <message>
        <source>Possible Intermediate Metabolizer</source>
        <translation>Métaboliseur intermédiaire possible</translation>
    </message>
    <message>
        <source>Poor Metabolizer</source>
        <translation>Métaboliseur lent</translation>
    </message>
    <message>
        <source>Indeterminate</source>
        <translation>Indéterminé</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Forte</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>Modérée</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Optionnelle</translation>
    </message>
    <message>
        <source>No Recommendation</source>
        <translation>Pas de recommandation</translation>
    </message>
</context>
<context>
    <name>onco::KbWriter</name>
    <message>
        <source>%1 %2 is already in the knowledge base</source>
        <translation>%1 %2 est déjà dans la base de connaissances</translation>
    </message>
    <message>
        <source>molecular profile %1 &quot;%2&quot; names variant(s) %3, which the release does not hold: the profile is never matched</source>
        <translation>le profil moléculaire %1 &quot;%2&quot; désigne le ou les variants %3, que la version ne contient pas&#xa0;: le profil n&apos;est jamais mis en correspondance</translation>
    </message>
    <message>
        <source>molecular profile %1 &quot;%2&quot;: %3</source>
        <translation>profil moléculaire %1 &quot;%2&quot;&#xa0;: %3</translation>
    </message>
    <message>
        <source>an evidence item needs a gene and an alteration</source>
        <translation>un élément de preuve nécessite un gène et une altération</translation>
    </message>
    <message>
        <source>an evidence item needs an evidence type</source>
        <translation>un élément de preuve nécessite un type de preuve</translation>
    </message>
</context>
<context>
    <name>onco::KnowledgeBase</name>
    <message>
        <source>no knowledge-base release with id %1</source>
        <translation>aucune version de la base de connaissances avec l&apos;identifiant %1</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>impossible de créer le répertoire %1</translation>
    </message>
    <message>
        <source>%1 %2 has not been imported</source>
        <translation>%1 %2 n&apos;a pas été importé</translation>
    </message>
    <message>
        <source>a local evidence item needs a %1</source>
        <translation>un élément de preuve local nécessite le champ %1</translation>
    </message>
    <message>
        <source>evidence type must be one of %1, not &apos;%2&apos;</source>
        <translation>le type de preuve doit être l&apos;un de %1, pas &apos;%2&apos;</translation>
    </message>
    <message>
        <source>level must be A, B, C, D or E, not &apos;%1&apos;</source>
        <translation>le niveau doit être A, B, C, D ou E, pas &apos;%1&apos;</translation>
    </message>
    <message>
        <source>direction must be &apos;Supports&apos; or &apos;Does Not Support&apos;, not &apos;%1&apos;</source>
        <translation>la direction doit être &apos;Supports&apos; ou &apos;Does Not Support&apos;, pas &apos;%1&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an OncoTree code</source>
        <translation>&apos;%1&apos; n&apos;est pas un code OncoTree</translation>
    </message>
    <message>
        <source>a local evidence item needs a disease, a DOID or an OncoTree code</source>
        <translation>un élément de preuve local nécessite une maladie, un DOID ou un code OncoTree</translation>
    </message>
</context>
<context>
    <name>onco::KnowledgeBaseDialog</name>
    <message>
        <source>&amp;Use for annotation</source>
        <translation>&amp;Utiliser pour l&apos;annotation</translation>
    </message>
    <message>
        <source>Knowledge base</source>
        <translation>Base de connaissances</translation>
    </message>
    <message>
        <source>Every release imported into this knowledge base is kept. Annotation uses one release of each source: the one chosen here, else the newest. Each report names the releases it used.</source>
        <translation>Toutes les versions importées dans cette base de connaissances sont conservées. L&apos;annotation utilise une version de chaque source&#xa0;: celle choisie ici, sinon la plus récente. Chaque rapport indique les versions utilisées.</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>Utilisée</translation>
    </message>
    <message>
        <source>Evidence items</source>
        <translation>Éléments de preuve</translation>
    </message>
    <message>
        <source>Imported (UTC)</source>
        <translation>Importée (UTC)</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
    <message>
        <source>Import &amp;CIViC release...</source>
        <translation>Importer une version &amp;CIViC...</translation>
    </message>
    <message>
        <source>Import &amp;OncoKB files...</source>
        <translation>Importer des fichiers &amp;OncoKB...</translation>
    </message>
    <message>
        <source>allActionableVariants.txt / allAnnotatedVariants.txt obtained under your site&apos;s OncoKB licence. They stay on this computer.</source>
        <translation>allActionableVariants.txt / allAnnotatedVariants.txt obtenus dans le cadre de la licence OncoKB de votre établissement. Ils restent sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Add &amp;local evidence...</source>
        <translation>Ajouter un élément de preuve &amp;local...</translation>
    </message>
    <message>
        <source>%1 (shipped)</source>
        <translation>%1 (fournie)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>reference data</source>
        <translation>données de référence</translation>
    </message>
    <message>
        <source>Choose a release first.</source>
        <translation>Choisissez d&apos;abord une version.</translation>
    </message>
    <message>
        <source>%1 %2 is now used for annotation.</source>
        <translation>%1 %2 est désormais utilisée pour l&apos;annotation.</translation>
    </message>
    <message>
        <source>Imported CIViC %1: %2 evidence items, %3 variants; %4 data gaps listed by &apos;oncoboard-cli kb info&apos;.</source>
        <translation>CIViC %1 importée&#xa0;: %2 éléments de preuve, %3 variants&#xa0;; %4 lacunes de données listées par &apos;oncoboard-cli kb info&apos;.</translation>
    </message>
    <message>
        <source>Imported OncoKB %1: %2 evidence items from %3 actionable and %4 annotated rows.</source>
        <translation>OncoKB %1 importée&#xa0;: %2 éléments de preuve issus de %3 lignes actionnables et de %4 lignes annotées.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) skipped or questioned; first: %1</source>
        <translation>
            <numerusform>%n ligne ignorée ou signalée&#xa0;; première&#xa0;: %1</numerusform>
            <numerusform>%n lignes ignorées ou signalées&#xa0;; première&#xa0;: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>CIViC release folder (the TSV files of one monthly release)</source>
        <translation>Répertoire de la version CIViC (les fichiers TSV d&apos;une version mensuelle)</translation>
    </message>
    <message>
        <source>OncoKB data files</source>
        <translation>Fichiers de données OncoKB</translation>
    </message>
    <message>
        <source>OncoKB tables (*.txt *.tsv);;All files (*)</source>
        <translation>Tables OncoKB (*.txt *.tsv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>OncoKB release</source>
        <translation>Version OncoKB</translation>
    </message>
    <message>
        <source>Name of this OncoKB release (e.g. its data version, v4.21). Leave empty to take it from the file names or dates.</source>
        <translation>Nom de cette version OncoKB (p. ex. sa version de données, v4.21). Laissez vide pour le déduire des noms ou des dates des fichiers.</translation>
    </message>
    <message>
        <source>Added local evidence item Local-%1.</source>
        <translation>Élément de preuve local Local-%1 ajouté.</translation>
    </message>
</context>
<context>
    <name>onco::KnownVariants</name>
    <message>
        <source>%1 %2 documents %3 %4 (%5)</source>
        <translation>%1 %2 documente %3 %4 (%5)</translation>
    </message>
</context>
<context>
    <name>onco::LiftOver</name>
    <message>
        <source>new chain before the last block line (a single size) of the chain on line %1</source>
        <translation>nouvelle chaîne avant la dernière ligne de bloc (une taille seule) de la chaîne de la ligne %1</translation>
    </message>
    <message>
        <source>chain header needs 12 or 13 fields, found %1</source>
        <translation>l&apos;en-tête de chaîne nécessite 12 ou 13 champs, %1 trouvés</translation>
    </message>
    <message>
        <source>chain score is not a number</source>
        <translation>le score de la chaîne n&apos;est pas un nombre</translation>
    </message>
    <message>
        <source>chain sizes and coordinates must be non-negative integers</source>
        <translation>les tailles et coordonnées de la chaîne doivent être des entiers positifs ou nuls</translation>
    </message>
    <message>
        <source>chain strand must be &apos;+&apos; or &apos;-&apos;</source>
        <translation>le brin de la chaîne doit être &apos;+&apos; ou &apos;-&apos;</translation>
    </message>
    <message>
        <source>chain span lies outside its sequence or ends before it starts</source>
        <translation>l&apos;étendue de la chaîne sort de sa séquence ou se termine avant de commencer</translation>
    </message>
    <message>
        <source>alignment block outside a chain (no chain header before it)</source>
        <translation>bloc d&apos;alignement hors d&apos;une chaîne (aucun en-tête de chaîne ne le précède)</translation>
    </message>
    <message>
        <source>alignment block line needs 3 fields (size dt dq), or 1 to end the chain; found %1</source>
        <translation>une ligne de bloc d&apos;alignement nécessite 3 champs (size dt dq), ou 1 pour terminer la chaîne&#xa0;; %1 trouvés</translation>
    </message>
    <message>
        <source>alignment block sizes must be non-negative integers</source>
        <translation>les tailles des blocs d&apos;alignement doivent être des entiers positifs ou nuls</translation>
    </message>
    <message>
        <source>alignment block runs past the end of its chain (target %1, query %2)</source>
        <translation>le bloc d&apos;alignement dépasse la fin de sa chaîne (cible %1, requête %2)</translation>
    </message>
    <message>
        <source>alignment gap runs past the end of its chain (target %1, query %2)</source>
        <translation>l&apos;écart d&apos;alignement dépasse la fin de sa chaîne (cible %1, requête %2)</translation>
    </message>
    <message>
        <source>the blocks of the chain on line %1 end at target %2, query %3, but its header says %4, %5</source>
        <translation>les blocs de la chaîne de la ligne %1 se terminent à cible %2, requête %3, mais son en-tête indique %4, %5</translation>
    </message>
    <message>
        <source>empty line inside the chain on line %1, before its last block line (a single size)</source>
        <translation>ligne vide dans la chaîne de la ligne %1, avant sa dernière ligne de bloc (une taille seule)</translation>
    </message>
    <message>
        <source>file ends inside the chain on line %1, before its last block line (a single size)</source>
        <translation>le fichier se termine à l&apos;intérieur de la chaîne de la ligne %1, avant sa dernière ligne de bloc (une taille seule)</translation>
    </message>
    <message>
        <source>no chains in the file</source>
        <translation>aucune chaîne dans le fichier</translation>
    </message>
    <message>
        <source>GRCh38 to GRCh37 lift-over unavailable: %1</source>
        <translation>conversion de coordonnées (liftover) de GRCh38 vers GRCh37 indisponible&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>onco::LineReader</name>
    <message>
        <source>cannot start gzip decompression</source>
        <translation>impossible de démarrer la décompression gzip</translation>
    </message>
    <message>
        <source>read error: %1</source>
        <translation>erreur de lecture&#xa0;: %1</translation>
    </message>
    <message>
        <source>truncated gzip data</source>
        <translation>données gzip tronquées</translation>
    </message>
    <message>
        <source>truncated BGZF data: the end-of-file block is missing</source>
        <translation>données BGZF tronquées&#xa0;: le bloc de fin de fichier est manquant</translation>
    </message>
    <message>
        <source>corrupt gzip data</source>
        <translation>données gzip corrompues</translation>
    </message>
    <message>
        <source>cannot open: %1</source>
        <translation>impossible d&apos;ouvrir&#xa0;: %1</translation>
    </message>
    <message>
        <source>line %1 is longer than %2 MiB: not a text file</source>
        <translation>la ligne %1 dépasse %2 Mio&#xa0;: ce n&apos;est pas un fichier texte</translation>
    </message>
</context>
<context>
    <name>onco::LocalEvidenceDialog</name>
    <message>
        <source>Add local evidence</source>
        <translation>Ajouter un élément de preuve local</translation>
    </message>
    <message>
        <source>HGNC symbol, e.g. BRAF</source>
        <translation>Symbole HGNC, p. ex. BRAF</translation>
    </message>
    <message>
        <source>as CIViC names it: V600E, Amplification, Exon 19 Deletion</source>
        <translation>tel que CIViC le nomme&#xa0;: V600E, Amplification, Exon 19 Deletion</translation>
    </message>
    <message>
        <source>e.g. 1909</source>
        <translation>p. ex. 1909</translation>
    </message>
    <message>
        <source>separate several with &apos;;&apos;</source>
        <translation>séparer plusieurs valeurs par &apos;;&apos;</translation>
    </message>
    <message>
        <source>The claim, as the board would cite it.</source>
        <translation>L&apos;énoncé, tel que la RCP le citerait.</translation>
    </message>
    <message>
        <source>why this item is added locally</source>
        <translation>pourquoi cet élément est ajouté localement</translation>
    </message>
    <message>
        <source>&amp;Gene</source>
        <translation>&amp;Gène</translation>
    </message>
    <message>
        <source>&amp;Alteration</source>
        <translation>&amp;Altération</translation>
    </message>
    <message>
        <source>Evidence &amp;type</source>
        <translation>&amp;Type de preuve</translation>
    </message>
    <message>
        <source>&amp;Level</source>
        <translation>&amp;Niveau</translation>
    </message>
    <message>
        <source>&amp;Direction</source>
        <translation>&amp;Sens</translation>
    </message>
    <message>
        <source>&amp;Significance</source>
        <translation>Signi&amp;fication</translation>
    </message>
    <message>
        <source>Tumor type (OncoTree)</source>
        <translation>Type tumoral (OncoTree)</translation>
    </message>
    <message>
        <source>or disease name</source>
        <translation>ou nom de la maladie</translation>
    </message>
    <message>
        <source>and/or DOID</source>
        <translation>et/ou DOID</translation>
    </message>
    <message>
        <source>T&amp;herapies</source>
        <translation>T&amp;raitements</translation>
    </message>
    <message>
        <source>Therapy interaction</source>
        <translation>Interaction des traitements</translation>
    </message>
    <message>
        <source>S&amp;tatement</source>
        <translation>Én&amp;oncé</translation>
    </message>
    <message>
        <source>PubMed id</source>
        <translation>Identifiant PubMed</translation>
    </message>
    <message>
        <source>Citation</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>&amp;Curator</source>
        <translation>&amp;Curateur</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Motif</translation>
    </message>
</context>
<context>
    <name>onco::LollipopPlot</name>
    <message>
        <source>Missense</source>
        <translation>Faux-sens</translation>
    </message>
    <message>
        <source>Truncating</source>
        <translation>Tronquante</translation>
    </message>
    <message>
        <source>In-frame</source>
        <translation>En phase</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message numerus="yes">
        <source>%n small variant(s) without gene or protein change: annotate the input (VEP, SnpEff, bcftools csq) to draw them along the protein</source>
        <translation>
            <numerusform>%n petit variant sans gène ni modification protéique&#xa0;: annotez l&apos;entrée (VEP, SnpEff, bcftools csq) pour le représenter le long de la protéine</numerusform>
            <numerusform>%n petits variants sans gène ni modification protéique&#xa0;: annotez l&apos;entrée (VEP, SnpEff, bcftools csq) pour les représenter le long de la protéine</numerusform>
        </translation>
    </message>
    <message>
        <source>No protein-changing mutations in this case</source>
        <translation>Aucune mutation modifiant la protéine dans ce dossier</translation>
    </message>
    <message>
        <source>No protein-changing mutations in %1</source>
        <translation>Aucune mutation modifiant la protéine dans %1</translation>
    </message>
    <message>
        <source>%1 · protein-changing mutations: %2 · residues: %3</source>
        <translation>%1 · mutations modifiant la protéine&#xa0;: %2 · résidus&#xa0;: %3</translation>
    </message>
    <message>
        <source>protein length unknown: axis to the last mutated residue + 10%</source>
        <translation>longueur de la protéine inconnue&#xa0;: axe jusqu&apos;au dernier résidu muté + 10 %</translation>
    </message>
    <message>
        <source>mutations beyond the %1 aa protein of the length table (another isoform?)</source>
        <translation>mutations au-delà de la protéine de %1 aa de la table des longueurs (autre isoforme&#xa0;?)</translation>
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
        <translation>Mutations</translation>
    </message>
    <message>
        <source>Residue (aa)</source>
        <translation>Résidu (aa)</translation>
    </message>
</context>
<context>
    <name>onco::MafReader</name>
    <message>
        <source>a mutation table needs Chromosome, Start_Position, Reference_Allele and Tumor_Seq_Allele2 columns, or Hugo_Symbol with a protein change (HGVSp_Short)</source>
        <translation>une table de mutations nécessite les colonnes Chromosome, Start_Position, Reference_Allele et Tumor_Seq_Allele2, ou Hugo_Symbol avec une modification protéique (HGVSp_Short)</translation>
    </message>
    <message>
        <source>the line is not valid UTF-8; unreadable characters were replaced</source>
        <translation>la ligne n&apos;est pas en UTF-8 valide&#xa0;; les caractères illisibles ont été remplacés</translation>
    </message>
    <message>
        <source>expected %1 tab-separated columns, found %2: the columns after a missing or extra field would be shifted</source>
        <translation>%1 colonnes séparées par des tabulations attendues, %2 trouvées&#xa0;: les colonnes situées après un champ manquant ou en trop seraient décalées</translation>
    </message>
    <message>
        <source>Start_Position &apos;%1&apos; is not a positive whole number</source>
        <translation>Start_Position &apos;%1&apos; n&apos;est pas un entier positif</translation>
    </message>
    <message>
        <source>Chromosome is empty</source>
        <translation>la colonne Chromosome est vide</translation>
    </message>
    <message>
        <source>alleles &apos;%1&apos; &gt; &apos;%2&apos; must be A, C, G, T, N or &apos;-&apos;</source>
        <translation>les allèles &apos;%1&apos; &gt; &apos;%2&apos; doivent être A, C, G, T, N ou &apos;-&apos;</translation>
    </message>
    <message>
        <source>the tumor allele equals the reference allele</source>
        <translation>l&apos;allèle tumoral est identique à l&apos;allèle de référence</translation>
    </message>
    <message>
        <source>the row neither places nor names a mutation</source>
        <translation>la ligne ne localise ni ne nomme aucune mutation</translation>
    </message>
    <message>
        <source>Start_Position is &apos;%1&apos;: the row is kept by its gene and %2, without a place</source>
        <translation>Start_Position vaut &apos;%1&apos;&#xa0;: la ligne est conservée d&apos;après son gène et %2, sans position</translation>
    </message>
    <message>
        <source>%1 read support not used: %2</source>
        <translation>support en lectures (%1) non utilisé&#xa0;: %2</translation>
    </message>
    <message>
        <source>loading canceled</source>
        <translation>chargement annulé</translation>
    </message>
    <message>
        <source>NCBI_Build column</source>
        <translation>colonne NCBI_Build</translation>
    </message>
    <message>
        <source>NCBI_Build says %1 but the case is %2; coordinates are read as %2</source>
        <translation>NCBI_Build indique %1, mais le dossier est en %2&#xa0;; les coordonnées sont lues en %2</translation>
    </message>
    <message numerus="yes">
        <source>%n rows of other samples are not part of this case</source>
        <translation>
            <numerusform>%n ligne d&apos;un autre échantillon ne fait pas partie de ce dossier</numerusform>
            <numerusform>%n lignes d&apos;autres échantillons ne font pas partie de ce dossier</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>onco::MainWindow</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Séances</translation>
    </message>
    <message>
        <source>Pharmacogenomics</source>
        <translation>Pharmacogénomique</translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation>(non indiqué)</translation>
    </message>
    <message>
        <source>%1 is a retired OncoTree code: %2 (%3) replaces it</source>
        <translation>%1 est un code OncoTree retiré&#xa0;: %2 (%3) le remplace</translation>
    </message>
    <message>
        <source> Mb</source>
        <translation> Mb</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnue</translation>
    </message>
    <message>
        <source>The assay&apos;s coding territory in megabases (e.g. 1.94 for TSO500, about 38 for an exome): OncoBoard then estimates the tumor mutational burden from the calls when no input states it</source>
        <translation>Territoire codant couvert par le test, en mégabases (p. ex. 1,94 pour TSO500, environ 38 pour un exome)&#xa0;: OncoBoard estime alors la charge mutationnelle tumorale à partir des variants détectés lorsqu&apos;aucune entrée ne l&apos;indique</translation>
    </message>
    <message>
        <source>from the files</source>
        <translation>d&apos;après les fichiers</translation>
    </message>
    <message>
        <source>The genome build of the inputs; &quot;from the files&quot; reads it from contig lengths, a reference line or the MAF&apos;s NCBI_Build</source>
        <translation>L&apos;assemblage du génome des entrées&#xa0;; «&#xa0;d&apos;après les fichiers&#xa0;» le déduit des longueurs des contigs, d&apos;une ligne de référence ou de la colonne NCBI_Build du MAF</translation>
    </message>
    <message>
        <source>Knowledge base: %1 %2</source>
        <translation>Base de connaissances&#xa0;: %1 %2</translation>
    </message>
    <message>
        <source>Open a case&apos;s files or folder (File &gt; Open, or drop them here), or a case on the left.</source>
        <translation>Ouvrez les fichiers ou le répertoire d&apos;un dossier (Fichier &gt; Ouvrir, ou déposez-les ici), ou un dossier dans la liste de gauche.</translation>
    </message>
    <message>
        <source>Open a case&apos;s files</source>
        <translation>Ouvrir les fichiers d&apos;un dossier</translation>
    </message>
    <message>
        <source>Case files (*.vcf *.vcf.gz *.bcf *.maf *.maf.gz *.txt *.tsv *.seg *.gz);;All files (*)</source>
        <translation>Fichiers de dossier (*.vcf *.vcf.gz *.bcf *.maf *.maf.gz *.txt *.tsv *.seg *.gz);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Tumor type %1 is kept from the case before: check it for this patient (toolbar)</source>
        <translation>Le type tumoral %1 est repris du dossier précédent&#xa0;: vérifiez-le pour ce patient (barre d&apos;outils)</translation>
    </message>
    <message>
        <source>Case database %1</source>
        <translation>Base de dossiers %1</translation>
    </message>
    <message>
        <source>Opening %1...</source>
        <translation>Ouverture&#xa0;: %1...</translation>
    </message>
    <message>
        <source>Open a case first</source>
        <translation>Ouvrez d&apos;abord un dossier</translation>
    </message>
    <message>
        <source>Saved as case %1 (draft)</source>
        <translation>Enregistré comme dossier %1 (brouillon)</translation>
    </message>
    <message>
        <source>Select an alteration to review</source>
        <translation>Sélectionnez une altération à relire</translation>
    </message>
    <message>
        <source>Say who is reviewing first</source>
        <translation>Indiquez d&apos;abord qui effectue la relecture</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>SUPERSEDED – %1: a newer version amends it</source>
        <translation>REMPLACÉ – %1&#xa0;: une version plus récente en est l&apos;avenant</translation>
    </message>
    <message>
        <source>FINAL – %1, signed by %2 on %3</source>
        <translation>DÉFINITIF – %1, validé par %2 le %3</translation>
    </message>
    <message>
        <source>PRELIMINARY – %1, not signed final</source>
        <translation>PRÉLIMINAIRE – %1, non validé comme définitif</translation>
    </message>
    <message>
        <source>DRAFT – %1, not signed</source>
        <translation>BROUILLON – %1, non validé</translation>
    </message>
    <message>
        <source>NOT SAVED – read from files, no decision recorded</source>
        <translation>NON ENREGISTRÉ – lu depuis les fichiers, aucune décision consignée</translation>
    </message>
    <message>
        <source>Meeting %1 has no case on its agenda</source>
        <translation>La séance %1 n&apos;a aucun dossier à l&apos;ordre du jour</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;font-size:x-large&apos;&gt;%1&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;font-size:x-large&apos;&gt;%1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Question to the board:&lt;/b&gt;&lt;/p&gt;&lt;p style=&apos;font-size:x-large&apos;&gt;%1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Question à la RCP&#xa0;:&lt;/b&gt;&lt;/p&gt;&lt;p style=&apos;font-size:x-large&apos;&gt;%1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>(none recorded)</source>
        <translation>(aucune consignée)</translation>
    </message>
    <message>
        <source>&lt;p&gt;Presented by %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;Présenté par %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Conclusion recorded:&lt;/b&gt; %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Conclusion consignée&#xa0;:&lt;/b&gt; %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;color:gray&apos;&gt;Right arrow: the findings and the plan &amp;middot; Page Down / Page Up: next or previous case &amp;middot; R: record the conclusion &amp;middot; Escape: leave&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:gray&apos;&gt;Flèche droite&#xa0;: les résultats et le plan &amp;middot; Pg suiv / Pg préc&#xa0;: dossier suivant ou précédent &amp;middot; R&#xa0;: consigner la conclusion &amp;middot; Échap&#xa0;: quitter&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 – case %2 of %3: patient %4</source>
        <translation>%1 – dossier %2 sur %3&#xa0;: patient %4</translation>
    </message>
    <message>
        <source>Record Conclusion</source>
        <translation>Consigner la conclusion</translation>
    </message>
    <message>
        <source>What the board concluded:</source>
        <translation>Conclusion de la RCP&#xa0;:</translation>
    </message>
    <message>
        <source>The reference genome %1 is gone: effects are predicted without it (File &gt; Reference Genome)</source>
        <translation>Le génome de référence %1 est introuvable&#xa0;: les effets sont prédits sans lui (Fichier &gt; Génome de référence)</translation>
    </message>
    <message>
        <source>Loading %1...</source>
        <translation>Chargement de %1...</translation>
    </message>
    <message>
        <source>Loading canceled.</source>
        <translation>Chargement annulé.</translation>
    </message>
    <message>
        <source>Choose the patient&apos;s sample.</source>
        <translation>Choisissez l&apos;échantillon du patient.</translation>
    </message>
    <message>
        <source>Could not open the case.</source>
        <translation>Impossible d&apos;ouvrir le dossier.</translation>
    </message>
    <message>
        <source>Could not open the case</source>
        <translation>Impossible d&apos;ouvrir le dossier</translation>
    </message>
    <message>
        <source>Knowledge base: %1</source>
        <translation>Base de connaissances&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n alterations</source>
        <translation>
            <numerusform>%n altération</numerusform>
            <numerusform>%n altérations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with evidence</source>
        <translation>
            <numerusform>%n avec données probantes</numerusform>
            <numerusform>%n avec données probantes</numerusform>
        </translation>
    </message>
    <message>
        <source>1 record skipped</source>
        <translation>1 enregistrement ignoré</translation>
    </message>
    <message>
        <source>%L1 records skipped</source>
        <translation>%L1 enregistrements ignorés</translation>
    </message>
    <message>
        <source>1 warning...</source>
        <translation>1 avertissement...</translation>
    </message>
    <message>
        <source>%L1 warnings...</source>
        <translation>%L1 avertissements...</translation>
    </message>
    <message>
        <source>The inputs carry no functional annotation and their genome build is not known: choose the build in the toolbar to predict genes and effects</source>
        <translation>Les entrées ne comportent aucune annotation fonctionnelle et leur assemblage du génome est inconnu&#xa0;: choisissez l&apos;assemblage dans la barre d&apos;outils pour prédire les gènes et les effets</translation>
    </message>
    <message>
        <source>Genes and effects of %L1 unannotated variants predicted by OncoBoard (hover a protein change for what stays open)</source>
        <translation>Gènes et effets de %L1 variants non annotés prédits par OncoBoard (survolez une modification protéique pour voir ce qui reste indéterminé)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Board decision:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Décision de la RCP&#xa0;:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Board decision:&lt;/b&gt; %1 – “%2”</source>
        <translation>&lt;b&gt;Décision de la RCP&#xa0;:&lt;/b&gt; %1 – «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>%1 recommended for %2, given to %3</source>
        <translation>%1&#xa0;: recommandé pour %2, administré à %3</translation>
    </message>
    <message>
        <source>, not given to %1</source>
        <translation>, non administré à %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 earlier patients here&lt;/b&gt; with this alteration: %2. Outcomes as recorded in this case database; not evidence from studies.</source>
        <translation>&lt;b&gt;%1 patients précédents dans cette base&lt;/b&gt; avec cette altération&#xa0;: %2. Évolutions telles que consignées dans cette base de dossiers&#xa0;; il ne s&apos;agit pas de données probantes issues d&apos;études.</translation>
    </message>
    <message>
        <source>Earlier patients cannot be read: %1</source>
        <translation>Impossible de lire les patients précédents&#xa0;: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Earlier decision:&lt;/b&gt; %1 by %2 on %3 in %4 (%5)%6</source>
        <translation>&lt;b&gt;Décision antérieure&#xa0;:&lt;/b&gt; %1 par %2 le %3, %4 (%5)%6</translation>
    </message>
    <message>
        <source>same patient</source>
        <translation>même patient</translation>
    </message>
    <message>
        <source>patient %1</source>
        <translation>patient %1</translation>
    </message>
    <message>
        <source>Reviewer: %1</source>
        <translation>Relecteur&#xa0;: %1</translation>
    </message>
    <message>
        <source>Reviewer: not set</source>
        <translation>Relecteur&#xa0;: non défini</translation>
    </message>
    <message>
        <source>&lt;b&gt;SUPERSEDED&lt;/b&gt; – %1 is not the current version: version %2 amends it (case list, left)</source>
        <translation>&lt;b&gt;REMPLACÉ&lt;/b&gt; – %1 n&apos;est pas la version actuelle&#xa0;: la version %2 en est l&apos;avenant (liste des dossiers, à gauche)</translation>
    </message>
    <message>
        <source>&lt;b&gt;FINAL&lt;/b&gt; – %1, signed by %2 on %3; locked</source>
        <translation>&lt;b&gt;DÉFINITIF&lt;/b&gt; – %1, validé par %2 le %3&#xa0;; verrouillé</translation>
    </message>
    <message>
        <source>&lt;b&gt;PRELIMINARY&lt;/b&gt; – %1: not signed final</source>
        <translation>&lt;b&gt;PRÉLIMINAIRE&lt;/b&gt; – %1&#xa0;: non validé comme définitif</translation>
    </message>
    <message>
        <source>&lt;b&gt;DRAFT&lt;/b&gt; – %1, amending version %2: not signed</source>
        <translation>&lt;b&gt;BROUILLON&lt;/b&gt; – %1, avenant à la version %2&#xa0;: non validé</translation>
    </message>
    <message>
        <source>&lt;b&gt;DRAFT&lt;/b&gt; – %1: not signed</source>
        <translation>&lt;b&gt;BROUILLON&lt;/b&gt; – %1&#xa0;: non validé</translation>
    </message>
    <message>
        <source>Case %1, version %2 (%3, %4, SUPERSEDED by a newer version) - %5</source>
        <translation>Dossier %1, version %2 (%3, %4, REMPLACÉ par une version plus récente) - %5</translation>
    </message>
    <message>
        <source>Case %1, version %2 (%3, %4) - %5</source>
        <translation>Dossier %1, version %2 (%3, %4) - %5</translation>
    </message>
    <message>
        <source>Changed by %1; shown as it now is</source>
        <translation>Modifié par %1&#xa0;; affiché dans son état actuel</translation>
    </message>
    <message>
        <source>The case was changed elsewhere; shown as it now is</source>
        <translation>Le dossier a été modifié ailleurs&#xa0;; affiché dans son état actuel</translation>
    </message>
    <message>
        <source>The case was changed</source>
        <translation>Le dossier a été modifié</translation>
    </message>
    <message>
        <source>Your decision was not recorded: %1 changed the case while you were reviewing it. The case is now shown as it is (this alteration: %2).

Record your decision &quot;%3&quot; now?</source>
        <translation>Votre décision n&apos;a pas été consignée&#xa0;: %1 a modifié le dossier pendant votre relecture. Le dossier est maintenant affiché dans son état actuel (cette altération&#xa0;: %2).

Consigner maintenant votre décision «&#xa0;%3&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <source>no decision</source>
        <translation>aucune décision</translation>
    </message>
    <message>
        <source>The case is final and locked</source>
        <translation>Le dossier est définitif et verrouillé</translation>
    </message>
    <message>
        <source>%1 is final and locked</source>
        <translation>%1 est définitif et verrouillé</translation>
    </message>
    <message>
        <source>%1 is final and locked (signed by %2 on %3)</source>
        <translation>%1 est définitif et verrouillé (validé par %2 le %3)</translation>
    </message>
    <message>
        <source>%1; a newer version amends it: open that one</source>
        <translation>%1&#xa0;; une version plus récente en est l&apos;avenant&#xa0;: ouvrez celle-ci</translation>
    </message>
    <message>
        <source>%1: Review &gt; Amend makes a new version to change</source>
        <translation>%1&#xa0;: Relecture &gt; Établir un avenant crée une nouvelle version modifiable</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Open...</source>
        <translation>&amp;Ouvrir...</translation>
    </message>
    <message>
        <source>Open &amp;Folder...</source>
        <translation>Ouvrir un ré&amp;pertoire...</translation>
    </message>
    <message>
        <source>Open a case folder</source>
        <translation>Ouvrir le répertoire d&apos;un dossier</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Fichiers &amp;récents</translation>
    </message>
    <message>
        <source>Open Case &amp;Database...</source>
        <translation>Ouvrir une &amp;base de dossiers...</translation>
    </message>
    <message>
        <source>Open a case database</source>
        <translation>Ouvrir une base de dossiers</translation>
    </message>
    <message>
        <source>Case databases (*.sqlite);;All files (*)</source>
        <translation>Bases de dossiers (*.sqlite);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Connect to Case Database Ser&amp;ver...</source>
        <translation>Se connecter à un ser&amp;veur de base de dossiers...</translation>
    </message>
    <message>
        <source>Connect to a case database server</source>
        <translation>Se connecter à un serveur de base de dossiers</translation>
    </message>
    <message>
        <source>PostgreSQL address (postgresql://USER@HOST:PORT/DATABASE).
The password is taken from ~/.pgpass or PGPASSWORD, never typed here.</source>
        <translation>Adresse PostgreSQL (postgresql://USER@HOST:PORT/DATABASE).
Le mot de passe est lu dans ~/.pgpass ou PGPASSWORD, jamais saisi ici.</translation>
    </message>
    <message>
        <source>&amp;Save to Case Database...</source>
        <translation>&amp;Enregistrer dans la base de dossiers...</translation>
    </message>
    <message>
        <source>Save the case</source>
        <translation>Enregistrer le dossier</translation>
    </message>
    <message>
        <source>Patient pseudonym (leave empty for a new one):</source>
        <translation>Pseudonyme du patient (laisser vide pour en créer un nouveau)&#xa0;:</translation>
    </message>
    <message>
        <source>Pa&amp;tient Identifiers...</source>
        <translation>Identifiants du pa&amp;tient...</translation>
    </message>
    <message>
        <source>Save the case to the case database to give its patient&apos;s identifiers</source>
        <translation>Enregistrez le dossier dans la base de dossiers pour renseigner les identifiants de son patient</translation>
    </message>
    <message>
        <source>Identifiers of %1 stored, sealed</source>
        <translation>Identifiants de %1 enregistrés et chiffrés</translation>
    </message>
    <message>
        <source>&amp;Export Report...</source>
        <translation>E&amp;xporter le rapport...</translation>
    </message>
    <message>
        <source>Nothing to export: open a case first (File &gt; Open, or a case on the left)</source>
        <translation>Rien à exporter&#xa0;: ouvrez d&apos;abord un dossier (Fichier &gt; Ouvrir, ou un dossier dans la liste de gauche)</translation>
    </message>
    <message>
        <source>An export is running: wait for it to finish</source>
        <translation>Une exportation est en cours&#xa0;: attendez qu&apos;elle se termine</translation>
    </message>
    <message>
        <source>PDF case summary (*.pdf)</source>
        <translation>Synthèse du dossier en PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Report JSON (*.json)</source>
        <translation>Rapport JSON (*.json)</translation>
    </message>
    <message>
        <source>FHIR Genomics Reporting bundle (*.fhir.json)</source>
        <translation>Bundle FHIR Genomics Reporting (*.fhir.json)</translation>
    </message>
    <message>
        <source>Export the case report</source>
        <translation>Exporter le rapport du dossier</translation>
    </message>
    <message>
        <source>Report &amp;Settings...</source>
        <translation>Paramètres du r&amp;apport...</translation>
    </message>
    <message>
        <source>Reference &amp;Genome...</source>
        <translation>&amp;Génome de référence...</translation>
    </message>
    <message>
        <source>&amp;Import Case Bundle...</source>
        <translation>&amp;Importer une archive de dossier...</translation>
    </message>
    <message>
        <source>Import a case bundle</source>
        <translation>Importer une archive de dossier</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>&amp;Relecture</translation>
    </message>
    <message>
        <source>&amp;Include in report</source>
        <translation>&amp;Inclure dans le rapport</translation>
    </message>
    <message>
        <source>&amp;Exclude</source>
        <translation>&amp;Exclure</translation>
    </message>
    <message>
        <source>&amp;VUS</source>
        <translation>&amp;VSI</translation>
    </message>
    <message>
        <source>&amp;Artefact</source>
        <translation>&amp;Artefact</translation>
    </message>
    <message>
        <source>&amp;Germline referral</source>
        <translation>&amp;Orientation en oncogénétique (analyse constitutionnelle)</translation>
    </message>
    <message>
        <source>Decision with &amp;Comment...</source>
        <translation>Décision avec &amp;commentaire...</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Decision:</source>
        <translation>Décision&#xa0;:</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <source>Comment:</source>
        <translation>Commentaire&#xa0;:</translation>
    </message>
    <message>
        <source>Accept Earlier Decision</source>
        <translation>Accepter la décision antérieure</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>Ann&amp;uler</translation>
    </message>
    <message>
        <source>Nothing to undo: no decision was made since the case was opened</source>
        <translation>Rien à annuler&#xa0;: aucune décision n&apos;a été prise depuis l&apos;ouverture du dossier</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Nothing to redo</source>
        <translation>Rien à rétablir</translation>
    </message>
    <message>
        <source>Add to &amp;Plan</source>
        <translation>Ajouter au p&amp;lan</translation>
    </message>
    <message>
        <source>&amp;Therapy...</source>
        <translation>&amp;Traitement...</translation>
    </message>
    <message>
        <source>Clinical t&amp;rial...</source>
        <translation>&amp;Essai clinique...</translation>
    </message>
    <message>
        <source>Further &amp;diagnostics...</source>
        <translation>Autres examens &amp;diagnostiques...</translation>
    </message>
    <message>
        <source>Save the case to the case database to build the board&apos;s plan</source>
        <translation>Enregistrez le dossier dans la base de dossiers pour établir le plan de la RCP</translation>
    </message>
    <message>
        <source>Mark &amp;Preliminary...</source>
        <translation>Marquer comme &amp;préliminaire...</translation>
    </message>
    <message>
        <source>Sign &amp;Final...</source>
        <translation>Valider comme &amp;définitif...</translation>
    </message>
    <message>
        <source>A&amp;mend...</source>
        <translation>Établir un ave&amp;nant...</translation>
    </message>
    <message>
        <source>Amend the case</source>
        <translation>Établir un avenant au dossier</translation>
    </message>
    <message>
        <source>The signed version stays as it is; a new draft version with its decisions and plan is made.
Reason for the amendment (required):</source>
        <translation>La version validée reste telle quelle&#xa0;; une nouvelle version brouillon est créée avec ses décisions et son plan.
Motif de l&apos;avenant (obligatoire)&#xa0;:</translation>
    </message>
    <message>
        <source>Verif&amp;y Signatures...</source>
        <translation>Vérifier les si&amp;gnatures...</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Signatures</translation>
    </message>
    <message>
        <source>Every signature of %1 verifies: the case and its report are what was signed.</source>
        <translation>Toutes les signatures de %1 sont vérifiées&#xa0;: le dossier et son rapport sont conformes à ce qui a été signé.</translation>
    </message>
    <message>
        <source>The signatures of %1 do not verify.</source>
        <translation>La vérification des signatures de %1 a échoué.</translation>
    </message>
    <message>
        <source>Open in &amp;IGV</source>
        <translation>Ouvrir dans &amp;IGV</translation>
    </message>
    <message>
        <source>This alteration has no genomic position</source>
        <translation>Cette altération n&apos;a pas de position génomique</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Afficha&amp;ge</translation>
    </message>
    <message>
        <source>&amp;Find...</source>
        <translation>&amp;Rechercher...</translation>
    </message>
    <message>
        <source>&amp;Presentation Mode</source>
        <translation>Mode &amp;présentation</translation>
    </message>
    <message>
        <source>&amp;Knowledge base</source>
        <translation>&amp;Base de connaissances</translation>
    </message>
    <message>
        <source>&amp;Releases and local evidence...</source>
        <translation>&amp;Versions et preuves locales...</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;About OncoBoard</source>
        <translation>À &amp;propos d&apos;OncoBoard</translation>
    </message>
    <message>
        <source>About OncoBoard</source>
        <translation>À propos d&apos;OncoBoard</translation>
    </message>
    <message>
        <source>&lt;h3&gt;OncoBoard %1&lt;/h3&gt;&lt;p&gt;An offline desktop tool for molecular tumor boards.&lt;/p&gt;&lt;p&gt;Licensed under the Apache License 2.0.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Data shipped with OncoBoard&lt;/b&gt;&lt;br&gt;CIViC %2 - Clinical Interpretation of Variants in Cancer (civicdb.org), CC0 1.0; Griffith M et al., Nat Genet 2017;49:170-174.&lt;br&gt;OncoTree %3, Memorial Sloan Kettering Cancer Center, CC BY 4.0.&lt;br&gt;Human Disease Ontology, CC0 1.0. CancerMine gene roles, CC0 1.0. pharmOncoX drug synonyms (NCIt, CC BY 4.0; ChEMBL, CC BY-SA 3.0). Protein lengths from maftools, MIT. Transcript models: MANE v1.0 with UCSC refGene exon structures (public data). Protein sequences from Ensembl, compiled by the protean project, CC BY 4.0.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;OncoBoard %1&lt;/h3&gt;&lt;p&gt;Un outil de bureau hors ligne pour les RCP moléculaires.&lt;/p&gt;&lt;p&gt;Distribué sous licence Apache 2.0.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Données fournies avec OncoBoard&lt;/b&gt;&lt;br&gt;CIViC %2 - Clinical Interpretation of Variants in Cancer (civicdb.org), CC0 1.0&#xa0;; Griffith M et al., Nat Genet 2017;49:170-174.&lt;br&gt;OncoTree %3, Memorial Sloan Kettering Cancer Center, CC BY 4.0.&lt;br&gt;Human Disease Ontology, CC0 1.0. Rôles des gènes CancerMine, CC0 1.0. Synonymes de médicaments pharmOncoX (NCIt, CC BY 4.0&#xa0;; ChEMBL, CC BY-SA 3.0). Longueurs des protéines issues de maftools, MIT. Modèles de transcrits&#xa0;: MANE v1.0 avec les structures d&apos;exons UCSC refGene (données publiques). Séquences protéiques d&apos;Ensembl, compilées par le projet protean, CC BY 4.0.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Tumor type: </source>
        <translation>Type tumoral&#xa0;: </translation>
    </message>
    <message>
        <source>  Genome: </source>
        <translation>  Génome&#xa0;: </translation>
    </message>
    <message>
        <source>  Panel size: </source>
        <translation>  Taille du panel&#xa0;: </translation>
    </message>
    <message>
        <source>An export is running</source>
        <translation>Une exportation est en cours</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>Exportation</translation>
    </message>
    <message>
        <source>Writing %1...</source>
        <translation>Écriture de %1...</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>%1 écrit</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Case %1, version %2 opened as a draft: it amends version %3</source>
        <translation>Dossier %1, version %2 ouvert comme brouillon&#xa0;: avenant à la version %3</translation>
    </message>
    <message>
        <source>Open a stored case first</source>
        <translation>Ouvrez d&apos;abord un dossier enregistré</translation>
    </message>
    <message>
        <source>%1: every signature verifies</source>
        <translation>%1&#xa0;: toutes les signatures sont vérifiées</translation>
    </message>
    <message>
        <source>%1: the signatures do not verify</source>
        <translation>%1&#xa0;: la vérification des signatures a échoué</translation>
    </message>
    <message>
        <source>Case %1, version %2 signed final</source>
        <translation>Dossier %1, version %2 validé comme définitif</translation>
    </message>
    <message>
        <source>Case %1, version %2 marked preliminary</source>
        <translation>Dossier %1, version %2 marqué comme préliminaire</translation>
    </message>
    <message>
        <source>Reference genome</source>
        <translation>Génome de référence</translation>
    </message>
    <message>
        <source>No reference genome is set: variants without functional annotation are predicted from the transcript models alone (a protein change only where the data determine it).</source>
        <translation>Aucun génome de référence n&apos;est défini&#xa0;: les variants sans annotation fonctionnelle sont prédits à partir des seuls modèles de transcrits (modification protéique uniquement lorsque les données permettent de la déterminer).</translation>
    </message>
    <message>
        <source>Reference genome: %1</source>
        <translation>Génome de référence&#xa0;: %1</translation>
    </message>
    <message>
        <source>Choose the FASTA file the variants were called on, indexed with samtools faidx (.fai).</source>
        <translation>Choisissez le fichier FASTA sur lequel les variants ont été détectés, indexé avec samtools faidx (.fai).</translation>
    </message>
    <message>
        <source>Choose FASTA...</source>
        <translation>Choisir un FASTA...</translation>
    </message>
    <message>
        <source>Use None</source>
        <translation>N&apos;en utiliser aucun</translation>
    </message>
    <message>
        <source>No reference genome: applies to the files opened next</source>
        <translation>Aucun génome de référence&#xa0;: s&apos;applique aux fichiers ouverts ensuite</translation>
    </message>
    <message>
        <source>Reference genome (indexed FASTA)</source>
        <translation>Génome de référence (FASTA indexé)</translation>
    </message>
    <message>
        <source>FASTA (*.fa *.fasta *.fna *.fa.gz *.fasta.gz *.fna.gz);;All files (*)</source>
        <translation>FASTA (*.fa *.fasta *.fna *.fa.gz *.fasta.gz *.fna.gz);;Tous les fichiers (*)</translation>
    </message>
    <message numerus="yes">
        <source>Reference genome %1 (%n sequence(s)): applies to the files opened next</source>
        <translation>
            <numerusform>Génome de référence %1 (%n séquence)&#xa0;: s&apos;applique aux fichiers ouverts ensuite</numerusform>
            <numerusform>Génome de référence %1 (%n séquences)&#xa0;: s&apos;applique aux fichiers ouverts ensuite</numerusform>
        </translation>
    </message>
    <message>
        <source>Open a case database first (File &gt; Open Case Database)</source>
        <translation>Ouvrez d&apos;abord une base de dossiers (Fichier &gt; Ouvrir une base de dossiers)</translation>
    </message>
    <message>
        <source>Case %1 is already in the database</source>
        <translation>Le dossier %1 est déjà dans la base</translation>
    </message>
    <message>
        <source>Imported case %1</source>
        <translation>Dossier %1 importé</translation>
    </message>
    <message>
        <source>Patient pseudonym taken</source>
        <translation>Pseudonyme de patient déjà utilisé</translation>
    </message>
    <message>
        <source>The bundle&apos;s patient %1 is another person in this case database: a local patient already has that pseudonym.
The two are never merged. Import the bundle&apos;s patient under this pseudonym:</source>
        <translation>Le patient %1 de l&apos;archive est une autre personne dans cette base de dossiers&#xa0;: un patient local porte déjà ce pseudonyme.
Les deux ne sont jamais fusionnés. Importer le patient de l&apos;archive sous ce pseudonyme&#xa0;:</translation>
    </message>
    <message>
        <source>Not imported: the bundle&apos;s patient needs a pseudonym of its own here</source>
        <translation>Non importé&#xa0;: le patient de l&apos;archive doit avoir ici son propre pseudonyme</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>Non importé</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Paramètres</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>As the system (%1)</source>
        <translation>Comme le système (%1)</translation>
    </message>
    <message>
        <source>&amp;Welcome Page</source>
        <translation>Page d&apos;&amp;accueil</translation>
    </message>
    <message>
        <source>Case bundles (*.oncoboard-case);;All files (*)</source>
        <translation>Archives de dossier (*.oncoboard-case);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>onco::MatchClass</name>
    <message>
        <source>exact</source>
        <translation>exacte</translation>
    </message>
    <message>
        <source>codon</source>
        <translation>codon</translation>
    </message>
    <message>
        <source>range</source>
        <translation>intervalle</translation>
    </message>
    <message>
        <source>exon</source>
        <translation>exon</translation>
    </message>
    <message>
        <source>category</source>
        <translation>catégorie</translation>
    </message>
</context>
<context>
    <name>onco::Matcher</name>
    <message>
        <source>%1 %2 is oncogenic in %3 %4</source>
        <translation>%1 %2 est oncogénique dans %3 %4</translation>
    </message>
    <message>
        <source>%1 = %2 variant %3 &quot;%4&quot; (%5)</source>
        <translation>%1 = variant %2 %3 &quot;%4&quot; (%5)</translation>
    </message>
    <message>
        <source>frameshift from the same residue: %1</source>
        <translation>décalage du cadre de lecture à partir du même résidu&#xa0;: %1</translation>
    </message>
    <message>
        <source>same residue, %1</source>
        <translation>même résidu, %1</translation>
    </message>
    <message>
        <source>within the residue range: %1</source>
        <translation>dans l&apos;intervalle de résidus&#xa0;: %1</translation>
    </message>
    <message>
        <source>exon %1 from the input&apos;s annotation</source>
        <translation>exon %1 d&apos;après l&apos;annotation de l&apos;entrée</translation>
    </message>
    <message>
        <source>exon %1 of %2</source>
        <translation>exon %1 selon %2</translation>
    </message>
    <message>
        <source>in-frame deletion %1, %2</source>
        <translation>délétion en phase %1, %2</translation>
    </message>
    <message>
        <source>in-frame insertion %1, %2</source>
        <translation>insertion en phase %1, %2</translation>
    </message>
    <message>
        <source>frameshift %1, %2</source>
        <translation>décalage du cadre de lecture %1, %2</translation>
    </message>
    <message>
        <source>protein-altering %1, %2</source>
        <translation>variant modifiant la protéine %1, %2</translation>
    </message>
    <message>
        <source>the named event %1 %2</source>
        <translation>l&apos;événement nommé %1 %2</translation>
    </message>
    <message>
        <source>splice-site variant %1 at exon %2 (exon %3, intron %4 from the annotation)</source>
        <translation>variant du site d&apos;épissage %1 à l&apos;exon %2 (exon %3, intron %4 selon l&apos;annotation)</translation>
    </message>
    <message>
        <source>splice-site variant %1 at exon %2 (%3)</source>
        <translation>variant du site d&apos;épissage %1 à l&apos;exon %2 (%3)</translation>
    </message>
    <message>
        <source>truncating %1 in a tumor suppressor (CancerMine: %2), a functional member</source>
        <translation>variant tronquant %1 dans un gène suppresseur de tumeur (CancerMine&#xa0;: %2), membre fonctionnel de la classe</translation>
    </message>
    <message>
        <source>protein-altering %1, a documented change: %2</source>
        <translation>variant modifiant la protéine %1, modification documentée&#xa0;: %2</translation>
    </message>
    <message>
        <source>protein-altering %1, but of unknown significance: neither truncating in a tumor suppressor nor a change or residue a knowledge base documents, so the class evidence does not apply to it</source>
        <translation>variant modifiant la protéine %1, mais de signification inconnue&#xa0;: ni tronquant dans un gène suppresseur de tumeur, ni modification ou résidu documentés par une base de connaissances&#xa0;; les données probantes de la classe ne s&apos;y appliquent donc pas</translation>
    </message>
    <message>
        <source>truncating %1 in a tumor suppressor (CancerMine)</source>
        <translation>variant tronquant %1 dans un gène suppresseur de tumeur (CancerMine)</translation>
    </message>
    <message>
        <source>%1, a documented change: %2</source>
        <translation>%1, modification documentée&#xa0;: %2</translation>
    </message>
    <message>
        <source>truncating %1 in a tumor suppressor (CancerMine: %2)</source>
        <translation>variant tronquant %1 dans un gène suppresseur de tumeur (CancerMine&#xa0;: %2)</translation>
    </message>
    <message>
        <source>deep deletion of a tumor suppressor (CancerMine: %1)</source>
        <translation>délétion profonde d&apos;un gène suppresseur de tumeur (CancerMine&#xa0;: %1)</translation>
    </message>
    <message>
        <source>truncating variant %1</source>
        <translation>variant tronquant %1</translation>
    </message>
    <message>
        <source>frameshift %1</source>
        <translation>décalage du cadre de lecture %1</translation>
    </message>
    <message>
        <source>%1 amplification in the copy-number data</source>
        <translation>amplification de %1 dans les données de nombre de copies</translation>
    </message>
    <message>
        <source>%1 deep deletion in the copy-number data</source>
        <translation>délétion profonde de %1 dans les données de nombre de copies</translation>
    </message>
    <message>
        <source>%1 in the copy-number data</source>
        <translation>%1 dans les données de nombre de copies</translation>
    </message>
    <message>
        <source>%1 %2 upstream of the gene</source>
        <translation>%1 %2 en amont du gène</translation>
    </message>
    <message>
        <source>the named event %1 ITD</source>
        <translation>l&apos;événement nommé %1 ITD</translation>
    </message>
    <message>
        <source>the named event %1 ITD, an in-frame insertion of %2 bases</source>
        <translation>l&apos;événement nommé %1 ITD, une insertion en phase de %2 bases</translation>
    </message>
    <message>
        <source>tandem duplication of %1 bases (%2 codons) in %3%4</source>
        <translation>duplication en tandem de %1 bases (%2 codons) dans %3%4</translation>
    </message>
    <message>
        <source>, exon %1</source>
        <translation>, exon %1</translation>
    </message>
    <message>
        <source>in-frame insertion or duplication %1</source>
        <translation>insertion ou duplication en phase %1</translation>
    </message>
    <message>
        <source>insertion of %1 bases (%2 codons) %3, annotated %4</source>
        <translation>insertion de %1 bases (%2 codons) %3, annotée %4</translation>
    </message>
    <message>
        <source> (orientation inferred: the input gives none)</source>
        <translation> (orientation déduite&#xa0;: l&apos;entrée n&apos;en indique aucune)</translation>
    </message>
    <message>
        <source> (orientation unknown: the input gives none)</source>
        <translation> (orientation inconnue&#xa0;: l&apos;entrée n&apos;en indique aucune)</translation>
    </message>
    <message>
        <source>fusion %1 involves %2</source>
        <translation>la fusion %1 implique %2</translation>
    </message>
    <message>
        <source>same fusion partners %1</source>
        <translation>mêmes partenaires de fusion %1</translation>
    </message>
    <message>
        <source>same partners in the other order (%1 as reported)</source>
        <translation>mêmes partenaires dans l&apos;ordre inverse (%1 tel que rapporté)</translation>
    </message>
    <message>
        <source>fusion %1 with %2 as 3&apos; partner</source>
        <translation>fusion %1 avec %2 comme partenaire 3&apos;</translation>
    </message>
    <message>
        <source>fusion %1 with %2 as 5&apos; partner</source>
        <translation>fusion %1 avec %2 comme partenaire 5&apos;</translation>
    </message>
    <message>
        <source>%1 (%2 %3)</source>
        <translation>%1 (%2 %3)</translation>
    </message>
    <message>
        <source>same gene and protein change: %1 %2 = %3 variant %4 &quot;%5&quot;</source>
        <translation>même gène et même modification protéique&#xa0;: %1 %2 = variant %3 %4 &quot;%5&quot;</translation>
    </message>
    <message>
        <source>same GRCh37 allele: %1:%2 %3&gt;%4%5 = %6 variant %7 &quot;%8&quot;</source>
        <translation>même allèle GRCh37&#xa0;: %1:%2 %3&gt;%4%5 = variant %6 %7 &quot;%8&quot;</translation>
    </message>
    <message>
        <source> (lifted from GRCh38 %1:%2)</source>
        <translation> (converti depuis GRCh38 %1:%2)</translation>
    </message>
    <message>
        <source>annotation canceled</source>
        <translation>annotation annulée</translation>
    </message>
    <message>
        <source>; profile &quot;%1&quot; holds: %2</source>
        <translation>; le profil &quot;%1&quot; est satisfait&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>onco::MeetingMinutes</name>
    <message>
        <source>tumor type not given</source>
        <translation>type tumoral non indiqué</translation>
    </message>
    <message>
        <source>Therapy</source>
        <translation>Traitement</translation>
    </message>
    <message>
        <source>Clinical trial</source>
        <translation>Essai clinique</translation>
    </message>
    <message>
        <source>Further diagnostics</source>
        <translation>Autres examens diagnostiques</translation>
    </message>
    <message>
        <source> for %1</source>
        <translation> pour %1</translation>
    </message>
    <message>
        <source>Rests on %1.</source>
        <translation>Repose sur %1.</translation>
    </message>
    <message>
        <source>Trials: %1.</source>
        <translation>Essais&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Tumor board minutes</source>
        <translation>Compte rendu de RCP</translation>
    </message>
    <message>
        <source>Tumor board minutes: %1</source>
        <translation>Compte rendu de RCP&#xa0;: %1</translation>
    </message>
    <message>
        <source>Meeting %1 held on %2. Cases on the agenda: %3.</source>
        <translation>Séance %1 tenue le %2. Dossiers à l&apos;ordre du jour&#xa0;: %3.</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>No participant was recorded.</source>
        <translation>Aucun participant n&apos;a été consigné.</translation>
    </message>
    <message>
        <source>%1. Patient %2, case %3 (version %4): %5</source>
        <translation>%1. Patient %2, dossier %3 (version %4)&#xa0;: %5</translation>
    </message>
    <message>
        <source>Presented by %1. State of the case: %2.</source>
        <translation>Présenté par %1. État du dossier&#xa0;: %2.</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>(non consigné)</translation>
    </message>
    <message>
        <source>Question to the board</source>
        <translation>Question à la RCP</translation>
    </message>
    <message>
        <source>No question was recorded.</source>
        <translation>Aucune question n&apos;a été consignée.</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Recommandation</translation>
    </message>
    <message>
        <source>The board recorded no recommendation for this case.</source>
        <translation>La RCP n&apos;a consigné aucune recommandation pour ce dossier.</translation>
    </message>
    <message>
        <source>Conclusion</source>
        <translation>Conclusion</translation>
    </message>
    <message>
        <source>%1
(recorded in the meeting by %2, %3)</source>
        <translation>%1
(consignée en séance par %2, %3)</translation>
    </message>
    <message>
        <source>%1
(the plan&apos;s conclusion; the meeting recorded none)</source>
        <translation>%1
(conclusion du plan&#xa0;; la séance n&apos;en a consigné aucune)</translation>
    </message>
    <message>
        <source>No conclusion was recorded.</source>
        <translation>Aucune conclusion n&apos;a été consignée.</translation>
    </message>
    <message>
        <source>Follow-up: %1</source>
        <translation>Suivi&#xa0;: %1</translation>
    </message>
    <message>
        <source>none set</source>
        <translation>non défini</translation>
    </message>
    <message>
        <source>Signed %1 by %2 on %3.</source>
        <translation>Validé (%1) par %2 le %3.</translation>
    </message>
    <message>
        <source>Not signed: the case is a draft.</source>
        <translation>Non validé&#xa0;: le dossier est un brouillon.</translation>
    </message>
    <message>
        <source>The recommendations are the board&apos;s plan items as recorded in the case database, with the evidence they rest on; each case&apos;s signed summary holds its findings.</source>
        <translation>Les recommandations sont les éléments du plan de la RCP tels que consignés dans la base de dossiers, avec les données probantes sur lesquelles elles reposent&#xa0;; la synthèse validée de chaque dossier en présente les résultats.</translation>
    </message>
    <message>
        <source>cannot start the PDF</source>
        <translation>impossible de créer le PDF</translation>
    </message>
    <message>
        <source>OncoBoard tumor board minutes</source>
        <translation>Compte rendu de RCP OncoBoard</translation>
    </message>
    <message>
        <source>%1 - OncoBoard tumor board minutes</source>
        <translation>%1 - Compte rendu de RCP OncoBoard</translation>
    </message>
    <message>
        <source>Meeting of %1</source>
        <translation>Séance du %1</translation>
    </message>
    <message>
        <source>Made %1</source>
        <translation>Généré le %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <source>writing the PDF failed</source>
        <translation>échec de l&apos;écriture du PDF</translation>
    </message>
</context>
<context>
    <name>onco::MeetingsPanel</name>
    <message>
        <source>New Meeting…</source>
        <translation>Nouvelle séance…</translation>
    </message>
    <message>
        <source>Add Open Case…</source>
        <translation>Ajouter le dossier ouvert…</translation>
    </message>
    <message>
        <source>Record Conclusion…</source>
        <translation>Consigner la conclusion…</translation>
    </message>
    <message>
        <source>Minutes PDF…</source>
        <translation>Compte rendu PDF…</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Présenter</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Tumor type</source>
        <translation>Type tumoral</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Presenter</source>
        <translation>Présentateur</translation>
    </message>
    <message>
        <source>Question to the board</source>
        <translation>Question à la RCP</translation>
    </message>
    <message>
        <source>Conclusion</source>
        <translation>Conclusion</translation>
    </message>
    <message>
        <source>Drag a case to change the order in which it is presented; double-click to open it.</source>
        <translation>Faites glisser un dossier pour modifier son ordre de présentation&#xa0;; double-cliquez pour l&apos;ouvrir.</translation>
    </message>
    <message>
        <source>Present the agenda full screen: Page Down and Page Up move between its cases</source>
        <translation>Présenter l&apos;ordre du jour en plein écran&#xa0;: Pg suiv et Pg préc permettent de passer d&apos;un dossier à l&apos;autre</translation>
    </message>
    <message>
        <source>%1 (meeting %2)</source>
        <translation>%1 (séance %2)</translation>
    </message>
    <message>
        <source>%1 - %2</source>
        <translation>%1 - %2</translation>
    </message>
    <message>
        <source>No meeting yet: plan one with New Meeting.</source>
        <translation>Aucune séance pour l&apos;instant&#xa0;: planifiez-en une avec Nouvelle séance.</translation>
    </message>
    <message>
        <source>Open a case database to plan meetings.</source>
        <translation>Ouvrez une base de dossiers pour planifier des séances.</translation>
    </message>
    <message>
        <source>Participants: none recorded</source>
        <translation>Participants&#xa0;: aucun consigné</translation>
    </message>
    <message>
        <source>Participants: %1</source>
        <translation>Participants&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 v%2</source>
        <translation>%1 v%2</translation>
    </message>
    <message>
        <source>No conclusion recorded yet</source>
        <translation>Aucune conclusion consignée pour l&apos;instant</translation>
    </message>
    <message>
        <source>Recorded by %1, %2</source>
        <translation>Consignée par %1, %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>New Board Meeting</source>
        <translation>Nouvelle séance de RCP</translation>
    </message>
    <message>
        <source>Molecular tumor board</source>
        <translation>RCP moléculaire</translation>
    </message>
    <message>
        <source>One per line: Dr. A. Example (oncologist)</source>
        <translation>Un par ligne&#xa0;: Dr A. Exemple (oncologue)</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Date&#xa0;:</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Titre&#xa0;:</translation>
    </message>
    <message>
        <source>Participants:</source>
        <translation>Participants&#xa0;:</translation>
    </message>
    <message>
        <source>Add Open Case</source>
        <translation>Ajouter le dossier ouvert</translation>
    </message>
    <message>
        <source>Question to the board (optional):</source>
        <translation>Question à la RCP (facultative)&#xa0;:</translation>
    </message>
    <message>
        <source>Record Conclusion</source>
        <translation>Consigner la conclusion</translation>
    </message>
    <message>
        <source>What the board concluded on %1:</source>
        <translation>Conclusion de la RCP pour %1&#xa0;:</translation>
    </message>
    <message>
        <source>Save Minutes</source>
        <translation>Enregistrer le compte rendu</translation>
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
        <translation>Compte rendu enregistré dans %1</translation>
    </message>
</context>
<context>
    <name>onco::MoalmanacImporter</name>
    <message>
        <source>cannot start gzip decompression</source>
        <translation>impossible de démarrer la décompression gzip</translation>
    </message>
    <message>
        <source>the gzip data is damaged</source>
        <translation>les données gzip sont endommagées</translation>
    </message>
    <message>
        <source>microsatellite status &apos;%1&apos; is not MSI-High</source>
        <translation>le statut microsatellitaire &apos;%1&apos; n&apos;est pas MSI-High</translation>
    </message>
    <message>
        <source>mutational burden &apos;%1&apos; is not High</source>
        <translation>la charge mutationnelle &apos;%1&apos; n&apos;est pas High</translation>
    </message>
    <message>
        <source>a %1 feature is not measured by the case data</source>
        <translation>une caractéristique de type %1 n&apos;est pas mesurée par les données du dossier</translation>
    </message>
    <message>
        <source>no gene or alteration</source>
        <translation>aucun gène ni aucune altération</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>fichier introuvable</translation>
    </message>
    <message>
        <source>not JSON: %1 at byte %2</source>
        <translation>pas du JSON&#xa0;: %1 à l&apos;octet %2</translation>
    </message>
    <message>
        <source>not a Molecular Oncology Almanac file: a JSON list of assertions with feature_type and predictive_implication</source>
        <translation>ce n&apos;est pas un fichier Molecular Oncology Almanac&#xa0;: une liste JSON d&apos;assertions avec feature_type et predictive_implication</translation>
    </message>
    <message>
        <source>deprecated assertion; skipped</source>
        <translation>assertion obsolète&#xa0;; ignorée</translation>
    </message>
    <message>
        <source>; skipped</source>
        <translation>; ignorée</translation>
    </message>
    <message>
        <source>predictive implication &apos;%1&apos; is not known; skipped</source>
        <translation>implication prédictive &apos;%1&apos; inconnue&#xa0;; ignorée</translation>
    </message>
    <message>
        <source>no sensitivity, resistance, prognosis or adverse-event risk; skipped</source>
        <translation>ni sensibilité, ni résistance, ni pronostic, ni risque d&apos;effet indésirable&#xa0;; ignorée</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an OncoTree %2 code; the disease is related by name</source>
        <translation>&apos;%1&apos; n&apos;est pas un code OncoTree %2&#xa0;; la maladie est rattachée par son nom</translation>
    </message>
</context>
<context>
    <name>onco::MutationBurden</name>
    <message>
        <source>the assay&apos;s coding territory is not known: give its size (--panel-size MB, or the case&apos;s assay field, e.g. &quot;TSO500, 1.94 Mb&quot;)</source>
        <translation>le territoire codant du test est inconnu&#xa0;: indiquez sa taille (--panel-size MB, ou le champ assay du dossier, p. ex. &quot;TSO500, 1.94 Mb&quot;)</translation>
    </message>
    <message>
        <source>the case has no small variants of the tumor sample to count</source>
        <translation>le dossier ne contient aucun petit variant de l&apos;échantillon tumoral à compter</translation>
    </message>
    <message>
        <source>%1 of %2 small variants carry no consequence annotation (VEP CSQ, SnpEff ANN, BCSQ or a MAF&apos;s Variant_Classification): coding and non-synonymous cannot be told, so no burden is stated</source>
        <translation>%1 petits variants sur %2 ne portent aucune annotation de conséquence (VEP CSQ, SnpEff ANN, BCSQ ou Variant_Classification d&apos;un MAF)&#xa0;: codant et non synonyme ne peuvent pas être distingués, aucune charge n&apos;est donc indiquée</translation>
    </message>
    <message>
        <source>failed the caller&apos;s filters</source>
        <translation>rejeté par les filtres de l&apos;outil d&apos;appel de variants</translation>
    </message>
    <message>
        <source>no consequence annotation</source>
        <translation>aucune annotation de conséquence</translation>
    </message>
    <message>
        <source>coding changes whose effect on the protein OncoBoard could not tell without the reference genome (missense or synonymous)</source>
        <translation>modifications codantes dont OncoBoard n&apos;a pas pu déterminer l&apos;effet sur la protéine sans le génome de référence (faux-sens ou synonyme)</translation>
    </message>
    <message>
        <source>synonymous, non-coding or splice region</source>
        <translation>synonyme, non codant ou région d&apos;épissage</translation>
    </message>
    <message>
        <source>tumor VAF below 5 %</source>
        <translation>VAF tumorale inférieure à 5 %</translation>
    </message>
    <message>
        <source>present in the matched normal</source>
        <translation>présent dans l&apos;échantillon normal apparié</translation>
    </message>
    <message>
        <source>common in the population (AF &gt;= 1 %)</source>
        <translation>fréquent dans la population (AF &gt;= 1 %)</translation>
    </message>
    <message>
        <source>estimated by OncoBoard: %1 coding non-synonymous SNVs and indels (PASS, tumor VAF &gt;= 5 %, not in the matched normal, not common in the population) / %2 Mb</source>
        <translation>estimée par OncoBoard&#xa0;: %1 SNV et indels codants non synonymes (PASS, VAF tumorale &gt;= 5 %, absents de l&apos;échantillon normal apparié, non fréquents dans la population) / %2 Mb</translation>
    </message>
    <message numerus="yes">
        <source>; %n counted without a VAF to check</source>
        <translation>
            <numerusform>; %n compté sans VAF à vérifier</numerusform>
            <numerusform>; %n comptés sans VAF à vérifier</numerusform>
        </translation>
    </message>
    <message>
        <source>no matched normal is named in the inputs: if the calls are tumor-only, germline variants absent from the small population set are counted and inflate it</source>
        <translation>aucun échantillon normal apparié n&apos;est désigné dans les entrées&#xa0;: si les appels sont en tumeur seule, les variants constitutionnels absents du petit jeu de données de population sont comptés et la surestiment</translation>
    </message>
    <message>
        <source>a territory of %1 Mb is under 1 Mb: too few mutations to estimate a burden</source>
        <translation>un territoire de %1 Mb est inférieur à 1 Mb&#xa0;: trop peu de mutations pour estimer une charge</translation>
    </message>
    <message numerus="yes">
        <source>%n coding change(s) of the unannotated input could be synonymous or missense without the reference genome and are not counted: the burden is a lower bound</source>
        <translation>
            <numerusform>%n modification codante de l&apos;entrée non annotée pourrait être synonyme ou faux-sens sans le génome de référence et n&apos;est pas comptée&#xa0;: la charge est une borne inférieure</numerusform>
            <numerusform>%n modifications codantes de l&apos;entrée non annotée pourraient être synonymes ou faux-sens sans le génome de référence et ne sont pas comptées&#xa0;: la charge est une borne inférieure</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>onco::OncoKbImporter</name>
    <message>
        <source>not an OncoKB allActionableVariants or allAnnotatedVariants file: the header needs Hugo Symbol (or Gene), Alteration, and either Cancer Type and Level or Oncogenicity</source>
        <translation>ce n&apos;est pas un fichier OncoKB allActionableVariants ou allAnnotatedVariants&#xa0;: l&apos;en-tête nécessite Hugo Symbol (ou Gene), Alteration et soit Cancer Type et Level, soit Oncogenicity</translation>
    </message>
    <message>
        <source>no gene or alteration; row skipped</source>
        <translation>aucun gène ni aucune altération&#xa0;; ligne ignorée</translation>
    </message>
    <message>
        <source>unknown OncoKB level &apos;%1&apos;; row skipped</source>
        <translation>niveau OncoKB inconnu &apos;%1&apos;&#xa0;; ligne ignorée</translation>
    </message>
    <message>
        <source>cancer type &apos;%1&apos; is not an OncoTree %2 name</source>
        <translation>le type de cancer &apos;%1&apos; n&apos;est pas un nom OncoTree %2</translation>
    </message>
    <message>
        <source>OncoKB level %1: %2 %3 in %4</source>
        <translation>Niveau OncoKB %1&#xa0;: %2 %3 dans %4</translation>
    </message>
    <message>
        <source>OncoKB level %1 (%2): %3 %4 in %5</source>
        <translation>Niveau OncoKB %1 (%2)&#xa0;: %3 %4 dans %5</translation>
    </message>
    <message>
        <source>level %1 without a drug</source>
        <translation>niveau %1 sans médicament</translation>
    </message>
    <message>
        <source>no oncogenicity; row skipped</source>
        <translation>aucune oncogénicité&#xa0;; ligne ignorée</translation>
    </message>
    <message>
        <source>OncoKB: %1</source>
        <translation>OncoKB&#xa0;: %1</translation>
    </message>
    <message>
        <source>OncoKB: %1; mutation effect: %2</source>
        <translation>OncoKB&#xa0;: %1&#xa0;; effet de la mutation&#xa0;: %2</translation>
    </message>
    <message>
        <source>no OncoKB file given</source>
        <translation>aucun fichier OncoKB indiqué</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>fichier introuvable</translation>
    </message>
    <message numerus="yes">
        <source>none of the rows is usable (%n warning(s)): no release is made</source>
        <translation>
            <numerusform>aucune ligne n&apos;est utilisable (%n avertissement)&#xa0;: aucune version n&apos;est créée</numerusform>
            <numerusform>aucune ligne n&apos;est utilisable (%n avertissements)&#xa0;: aucune version n&apos;est créée</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>onco::OncoTree</name>
    <message>
        <source>not an OncoTree tree: no TISSUE root</source>
        <translation>ce n&apos;est pas un arbre OncoTree&#xa0;: pas de racine TISSUE</translation>
    </message>
</context>
<context>
    <name>onco::OutputFile</name>
    <message>
        <source>refused: this is %1, which the run reads; choose another output file</source>
        <translation>refusé&#xa0;: il s&apos;agit de %1, que l&apos;exécution lit&#xa0;; choisissez un autre fichier de sortie</translation>
    </message>
</context>
<context>
    <name>onco::PatientIdentityDialog</name>
    <message>
        <source>Identifiers of %1</source>
        <translation>Identifiants de %1</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>The case database keeps the patient&apos;s identifiers sealed; reports and bundles carry the pseudonym %1 unless identifiers are asked for.</source>
        <translation>La base de dossiers conserve les identifiants du patient sous forme chiffrée&#xa0;; les rapports et les archives portent le pseudonyme %1, sauf si les identifiants sont demandés.</translation>
    </message>
    <message>
        <source>This database has no passphrase yet: the one you choose now seals every patient&apos;s identifiers. Keep it safe; without it they cannot be read, on this machine or any other.</source>
        <translation>Cette base de dossiers n&apos;a pas encore de phrase secrète&#xa0;: celle que vous choisissez maintenant chiffrera les identifiants de tous les patients. Conservez-la en lieu sûr&#xa0;; sans elle, ils ne peuvent être lus, ni sur cette machine ni sur aucune autre.</translation>
    </message>
    <message>
        <source>Give the case database&apos;s passphrase to read or change them.</source>
        <translation>Saisissez la phrase secrète de la base de dossiers pour les lire ou les modifier.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Birth date:</source>
        <translation>Date de nai&amp;ssance&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Record number:</source>
        <translation>N° patient (&amp;IPP)&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Phrase secrète&#xa0;:</translation>
    </message>
    <message>
        <source>R&amp;epeat passphrase:</source>
        <translation>&amp;Répéter la phrase secrète&#xa0;:</translation>
    </message>
    <message>
        <source>Give the passphrase.</source>
        <translation>Saisissez la phrase secrète.</translation>
    </message>
    <message>
        <source>Choose a passphrase of at least 12 characters.</source>
        <translation>Choisissez une phrase secrète d&apos;au moins 12 caractères.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Les deux phrases secrètes diffèrent.</translation>
    </message>
    <message>
        <source>The birth date is a date, YYYY-MM-DD.</source>
        <translation>La date de naissance doit être une date au format AAAA-MM-JJ.</translation>
    </message>
</context>
<context>
    <name>onco::PatientSummary</name>
    <message>
        <source>Extra copies of the %1 gene. The tumor has more copies of this gene than normal cells.</source>
        <translation>Des copies supplémentaires du gène %1. La tumeur a plus de copies de ce gène que les cellules normales.</translation>
    </message>
    <message>
        <source>A loss of the %1 gene. The tumor has lost one or both copies of this gene.</source>
        <translation>Une perte du gène %1. La tumeur a perdu une ou les deux copies de ce gène.</translation>
    </message>
    <message>
        <source>A change in the number of copies of the %1 gene.</source>
        <translation>Un changement du nombre de copies du gène %1.</translation>
    </message>
    <message>
        <source>Two genes joined together: %1 and %2. Such a joined gene is called a fusion.</source>
        <translation>Deux gènes accolés l&apos;un à l&apos;autre&#xa0;: %1 et %2. On appelle cela une fusion.</translation>
    </message>
    <message>
        <source>The %1 gene joined to another gene. Such a joined gene is called a fusion.</source>
        <translation>Le gène %1 accolé à un autre gène. On appelle cela une fusion.</translation>
    </message>
    <message>
        <source>Many changes in the DNA of the tumor as a whole. Doctors call this a high tumor mutational burden.</source>
        <translation>De nombreux changements dans l&apos;ADN de la tumeur dans son ensemble. Les médecins appellent cela une charge mutationnelle tumorale élevée.</translation>
    </message>
    <message>
        <source>A weak spot in how the tumor repairs its DNA. Doctors call this microsatellite instability.</source>
        <translation>Un point faible dans la façon dont la tumeur répare son ADN. Les médecins appellent cela une instabilité microsatellitaire.</translation>
    </message>
    <message>
        <source>A feature of the tumor as a whole (%1).</source>
        <translation>Une caractéristique de la tumeur dans son ensemble (%1).</translation>
    </message>
    <message>
        <source>A large change in the %1 gene.</source>
        <translation>Un changement important dans le gène %1.</translation>
    </message>
    <message>
        <source>A change in the DNA of the tumor.</source>
        <translation>Un changement dans l&apos;ADN de la tumeur.</translation>
    </message>
    <message>
        <source>A change in the %1 gene.</source>
        <translation>Un changement dans le gène %1.</translation>
    </message>
    <message>
        <source>A change in the %1 gene, called %2.</source>
        <translation>Un changement dans le gène %1, appelé %2.</translation>
    </message>
    <message>
        <source>Strong studies in many patients support this.</source>
        <translation>De solides études menées chez de nombreux patients le confirment.</translation>
    </message>
    <message>
        <source>Studies in patients support this.</source>
        <translation>Des études menées chez des patients le confirment.</translation>
    </message>
    <message>
        <source>Reports on a small number of patients support this.</source>
        <translation>Des observations chez un petit nombre de patients vont dans ce sens.</translation>
    </message>
    <message>
        <source>So far this rests on laboratory studies.</source>
        <translation>Pour l&apos;instant, cela repose sur des études en laboratoire.</translation>
    </message>
    <message>
        <source>So far this rests on indirect evidence.</source>
        <translation>Pour l&apos;instant, cela repose sur des indices indirects.</translation>
    </message>
    <message>
        <source>%1, followed by %2</source>
        <translation>%1, puis %2</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 ou %2</translation>
    </message>
    <message>
        <source>%1 together with %2</source>
        <translation>%1 en association avec %2</translation>
    </message>
    <message>
        <source>a patient summary is made from a stored case the board signed</source>
        <translation>un résumé pour le patient est produit à partir d&apos;un dossier enregistré et validé par la RCP</translation>
    </message>
    <message>
        <source>case %1 is a draft: a patient summary is made from a case signed preliminary or final</source>
        <translation>le dossier %1 est un brouillon&#xa0;: un résumé pour le patient est produit à partir d&apos;un dossier validé à l&apos;état préliminaire ou définitif</translation>
    </message>
    <message>
        <source>Your tumor test results</source>
        <translation>Les résultats du test de votre tumeur</translation>
    </message>
    <message>
        <source>This letter explains the results of the genetic test of your tumor. It also says what the tumor board recommends. A tumor board is a meeting of doctors from different fields. They look at each patient&apos;s results together.</source>
        <translation>Ce courrier explique les résultats du test génétique de votre tumeur. Il indique aussi ce que recommande la réunion de concertation pluridisciplinaire (RCP). Une RCP est une réunion de médecins de différentes spécialités. Ils examinent ensemble les résultats de chaque patient.</translation>
    </message>
    <message>
        <source>What was tested</source>
        <translation>Ce qui a été analysé</translation>
    </message>
    <message>
        <source>We tested a sample of your tumor.</source>
        <translation>Nous avons analysé un échantillon de votre tumeur.</translation>
    </message>
    <message>
        <source>In the laboratory, we read its DNA. DNA holds the instructions that tell each cell what to do. A gene is one such instruction. Some changes in genes can make a tumor grow.</source>
        <translation>Au laboratoire, nous avons lu son ADN. L&apos;ADN contient les instructions qui disent à chaque cellule ce qu&apos;elle doit faire. Un gène est l&apos;une de ces instructions. Certains changements dans les gènes peuvent faire grossir une tumeur.</translation>
    </message>
    <message>
        <source>We also tested a sample of your healthy cells, such as blood. This shows which changes are only in the tumor, and which ones you were born with.</source>
        <translation>Nous avons aussi analysé un échantillon de vos cellules saines, par exemple du sang. Cela montre quels changements se trouvent uniquement dans la tumeur, et lesquels sont présents depuis votre naissance.</translation>
    </message>
    <message>
        <source>Only the tumor was tested, not your healthy cells. So a change we found may also be in your healthy cells. If the board thinks a change may be inherited, this letter says so.</source>
        <translation>Seule la tumeur a été analysée, pas vos cellules saines. Un changement que nous avons trouvé peut donc aussi se trouver dans vos cellules saines. Si les médecins de la RCP pensent qu&apos;un changement peut être héréditaire, ce courrier vous le dit.</translation>
    </message>
    <message>
        <source>What we found that matters for your treatment</source>
        <translation>Ce que nous avons trouvé d&apos;important pour votre traitement</translation>
    </message>
    <message>
        <source>The test found no change that points to a medicine for your kind of tumor. This is a common result. Your doctors will talk with you about the treatment options.</source>
        <translation>Le test n&apos;a trouvé aucun changement qui oriente vers un médicament pour votre type de tumeur. C&apos;est un résultat fréquent. Vos médecins parleront avec vous des traitements possibles.</translation>
    </message>
    <message>
        <source>The test found these changes in the tumor:</source>
        <translation>Le test a trouvé ces changements dans la tumeur&#xa0;:</translation>
    </message>
    <message>
        <source>The full report for your doctors lists %1 more.</source>
        <translation>Le compte rendu complet destiné à vos médecins en mentionne %1 autres.</translation>
    </message>
    <message>
        <source>What the board recommends</source>
        <translation>Ce que recommande la RCP</translation>
    </message>
    <message>
        <source>Treatment with %1.</source>
        <translation>Un traitement par %1.</translation>
    </message>
    <message>
        <source>This treatment acts on the change in the %1 gene.</source>
        <translation>Ce traitement agit sur le changement dans le gène %1.</translation>
    </message>
    <message>
        <source>Ask about a clinical trial: %1.</source>
        <translation>Demandez des informations sur un essai clinique&#xa0;: %1.</translation>
    </message>
    <message>
        <source>A clinical trial is a research study. It tests a new treatment in patients who agree to take part.</source>
        <translation>Un essai clinique est une étude de recherche. Il teste un nouveau traitement chez des patients qui acceptent d&apos;y participer.</translation>
    </message>
    <message>
        <source>Its number in the trial register: %1.</source>
        <translation>Son numéro dans le registre des essais&#xa0;: %1.</translation>
    </message>
    <message>
        <source>A further test: %1.</source>
        <translation>Un examen complémentaire&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The board did not recommend a treatment based on this test. Your doctors will talk with you about the next steps.</source>
        <translation>La RCP n&apos;a pas recommandé de traitement sur la base de ce test. Vos médecins parleront avec vous des prochaines étapes.</translation>
    </message>
    <message>
        <source>Your doctors will decide with you whether this treatment is right for you. Your health and your wishes matter as much as the test.</source>
        <translation>Vos médecins décideront avec vous si ce traitement vous convient. Votre santé et vos souhaits comptent autant que le test.</translation>
    </message>
    <message>
        <source>The board will look at your results again on %1.</source>
        <translation>La RCP réexaminera vos résultats le %1.</translation>
    </message>
    <message>
        <source>What this could mean for your family</source>
        <translation>Ce que cela pourrait signifier pour votre famille</translation>
    </message>
    <message>
        <source>The change in the %1 gene may be inherited. This means you may have been born with it. Then your parents, brothers, sisters or children may have it too. Only a test of your healthy cells can tell.</source>
        <translation>Le changement dans le gène %1 peut être héréditaire. Cela veut dire que vous pouvez l&apos;avoir depuis votre naissance. Vos parents, vos frères, vos sœurs ou vos enfants pourraient alors l&apos;avoir aussi. Seul un test de vos cellules saines permet de le savoir.</translation>
    </message>
    <message>
        <source>The board recommends that you meet a genetic counselor. This is a specialist for inherited conditions. The counselor explains what a test would mean for you and your family, before any test is done.</source>
        <translation>La RCP vous recommande de rencontrer un conseiller en génétique. C&apos;est un spécialiste des maladies héréditaires. Avant tout test, il vous explique ce qu&apos;un test signifierait pour vous et votre famille.</translation>
    </message>
    <message>
        <source>Whom to ask</source>
        <translation>À qui poser vos questions</translation>
    </message>
    <message>
        <source>Please ask your treating doctor about anything in this letter.</source>
        <translation>Pour toute question sur ce courrier, adressez-vous à votre médecin traitant.</translation>
    </message>
    <message>
        <source>Please ask %1 about anything in this letter.</source>
        <translation>Pour toute question sur ce courrier, adressez-vous à %1.</translation>
    </message>
    <message>
        <source>You can also ask for the full report. It is written for doctors, so ask them to explain it.</source>
        <translation>Vous pouvez aussi demander le compte rendu complet. Il est écrit pour les médecins&#xa0;: demandez-leur de vous l&apos;expliquer.</translation>
    </message>
    <message>
        <source>The tumor board signed these results on %1.</source>
        <translation>Les médecins de la RCP ont validé ces résultats le %1.</translation>
    </message>
    <message>
        <source>the patient summary&apos;s wording needs a title on its first line and some text</source>
        <translation>le texte du résumé pour le patient nécessite un titre sur sa première ligne et du contenu</translation>
    </message>
    <message>
        <source>cannot start the PDF</source>
        <translation>impossible de créer le PDF</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <source>writing the PDF failed</source>
        <translation>l&apos;écriture du PDF a échoué</translation>
    </message>
    <message>
        <source>%1 · prepared %2%3</source>
        <translation>%1 · préparé le %2%3</translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <extracomment>A date in a letter to the patient, as QDate::toString writes it: &quot;1 February 2027&quot;.</extracomment>
        <translation>d MMMM yyyy</translation>
    </message>
</context>
<context>
    <name>onco::PdfReport</name>
    <message>
        <source>draft</source>
        <translation>brouillon</translation>
    </message>
    <message>
        <source>preliminary</source>
        <translation>préliminaire</translation>
    </message>
    <message>
        <source>final</source>
        <translation>définitif</translation>
    </message>
    <message>
        <source>depth %1</source>
        <translation>profondeur %1</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>non indiqué</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>pseudonym %1</source>
        <translation>pseudonyme %1</translation>
    </message>
    <message>
        <source>born %1</source>
        <translation>né(e) le %1</translation>
    </message>
    <message>
        <source>record %1</source>
        <translation>dossier médical n° %1</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identité</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>%1, version %2%3 (database id %4)</source>
        <translation>%1, version %2%3 (identifiant en base %4)</translation>
    </message>
    <message>
        <source>, amends version %1</source>
        <translation>, avenant à la version %1</translation>
    </message>
    <message>
        <source>Specimen</source>
        <translation>Prélèvement</translation>
    </message>
    <message>
        <source>Assay</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>Tumor type</source>
        <translation>Type tumoral</translation>
    </message>
    <message>
        <source>Genome build</source>
        <translation>Version du génome</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>Input files</source>
        <translation>Fichiers d&apos;entrée</translation>
    </message>
    <message>
        <source>Tumor sample</source>
        <translation>Échantillon tumoral</translation>
    </message>
    <message>
        <source>Normal sample</source>
        <translation>Échantillon normal</translation>
    </message>
    <message>
        <source>Alterations</source>
        <translation>Altérations</translation>
    </message>
    <message>
        <source>Alterations with evidence</source>
        <translation>Altérations avec preuves</translation>
    </message>
    <message>
        <source>%1 (%2 evidence items)</source>
        <translation>%1 (%2 éléments de preuve)</translation>
    </message>
    <message>
        <source>Functional annotation</source>
        <translation>Annotation fonctionnelle</translation>
    </message>
    <message>
        <source>Input issues</source>
        <translation>Problèmes d&apos;entrée</translation>
    </message>
    <message>
        <source>1 record skipped</source>
        <translation>1 enregistrement ignoré</translation>
    </message>
    <message>
        <source>%L1 records skipped</source>
        <translation>%L1 enregistrements ignorés</translation>
    </message>
    <message>
        <source>1 warning</source>
        <translation>1 avertissement</translation>
    </message>
    <message>
        <source>%L1 warnings</source>
        <translation>%L1 avertissements</translation>
    </message>
    <message>
        <source>Knowledge base</source>
        <translation>Base de connaissances</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>Généré le</translation>
    </message>
    <message>
        <source>on-label</source>
        <translation>dans l&apos;indication</translation>
    </message>
    <message>
        <source>on-label, broader</source>
        <translation>dans l&apos;indication (type plus large)</translation>
    </message>
    <message>
        <source>on-label, subtype</source>
        <translation>dans l&apos;indication (sous-type)</translation>
    </message>
    <message>
        <source>off-label</source>
        <translation>hors indication</translation>
    </message>
    <message>
        <source>relation unknown</source>
        <translation>relation inconnue</translation>
    </message>
    <message>
        <source>not reviewed</source>
        <translation>non relu</translation>
    </message>
    <message>
        <source> by %1</source>
        <translation> par %1</translation>
    </message>
    <message>
        <source>Summary of actionable findings</source>
        <translation>Synthèse des résultats actionnables</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>level %1</source>
        <translation>niveau %1</translation>
    </message>
    <message>
        <source>an estimate by OncoBoard, not an assay result: confirm with a validated assay before acting on it</source>
        <translation>une estimation d&apos;OncoBoard, pas un résultat de test&#xa0;: à confirmer par un test validé avant toute décision</translation>
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
        <translation>Biomarqueurs&#xa0;: %1</translation>
    </message>
    <message>
        <source>No actionable finding (AMP tier I or II) in this case.</source>
        <translation>Aucun résultat actionnable (tier AMP I ou II) dans ce dossier.</translation>
    </message>
    <message>
        <source>Treatment plan of the tumor board</source>
        <translation>Plan de traitement de la RCP</translation>
    </message>
    <message>
        <source>The board has not recorded a plan for this case.</source>
        <translation>La RCP n&apos;a pas enregistré de plan pour ce dossier.</translation>
    </message>
    <message>
        <source>No plan: this summary was made from an annotation, not from a case of the case database.</source>
        <translation>Pas de plan&#xa0;: cette synthèse a été produite à partir d&apos;une annotation, et non d&apos;un dossier de la base de dossiers.</translation>
    </message>
    <message>
        <source>Board meeting %1%2</source>
        <translation>Séance de RCP %1%2</translation>
    </message>
    <message>
        <source>(date not given)</source>
        <translation>(date non indiquée)</translation>
    </message>
    <message>
        <source>; participants: %1</source>
        <translation>; participants&#xa0;: %1</translation>
    </message>
    <message>
        <source>Recommended therapies</source>
        <translation>Traitements recommandés</translation>
    </message>
    <message>
        <source>Clinical trials</source>
        <translation>Essais cliniques</translation>
    </message>
    <message>
        <source>Further diagnostics</source>
        <translation>Examens complémentaires</translation>
    </message>
    <message>
        <source>#</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Recommandation</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>Justification</translation>
    </message>
    <message>
        <source>Evidence, citations, ids</source>
        <translation>Preuves, références, identifiants</translation>
    </message>
    <message>
        <source>Follow-up: %1</source>
        <translation>Suivi&#xa0;: %1</translation>
    </message>
    <message>
        <source>Conclusion of the board</source>
        <translation>Conclusion de la RCP</translation>
    </message>
    <message>
        <source>referred for germline testing by %1</source>
        <translation>orientation en oncogénétique (test constitutionnel) décidée par %1</translation>
    </message>
    <message>
        <source>Germline and clonal hematopoiesis notes</source>
        <translation>Remarques sur les variants constitutionnels et l&apos;hématopoïèse clonale</translation>
    </message>
    <message>
        <source>A possible germline variant needs confirmation in normal tissue and genetic counselling; a possible CHIP variant may not come from the tumor.</source>
        <translation>Un variant constitutionnel possible nécessite une confirmation sur tissu normal et un conseil génétique&#xa0;; un variant CHIP possible peut ne pas provenir de la tumeur.</translation>
    </message>
    <message>
        <source>Pharmacogenomics (CPIC; not an AMP tier)</source>
        <translation>Pharmacogénomique (CPIC&#xa0;; pas un tier AMP)</translation>
    </message>
    <message>
        <source>%1%2, %3 (%4)</source>
        <translation>%1%2, %3 (%4)</translation>
    </message>
    <message>
        <source>zygosity unknown</source>
        <translation>zygotie inconnue</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>phenotype not derived (see the caveats)</source>
        <translation>phénotype non déduit (voir les réserves)</translation>
    </message>
    <message>
        <source>diplotype %1: %2</source>
        <translation>diplotype %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>, activity score %1</source>
        <translation>, score d&apos;activité %1</translation>
    </message>
    <message>
        <source>• %1 (%2, %3): %4</source>
        <translation>• %1 (%2, %3)&#xa0;: %4</translation>
    </message>
    <message>
        <source>Genotypes read from tumor sequencing need confirmation on germline DNA before a dose is changed.</source>
        <translation>Les génotypes lus à partir du séquençage tumoral doivent être confirmés sur l&apos;ADN constitutionnel avant toute modification de dose.</translation>
    </message>
    <message>
        <source>Sign-off</source>
        <translation>Validation</translation>
    </message>
    <message>
        <source>Not signed: this summary was made from an annotation outside the case database.</source>
        <translation>Non validé&#xa0;: cette synthèse a été produite à partir d&apos;une annotation extérieure à la base de dossiers.</translation>
    </message>
    <message>
        <source>%1 -&gt; %2: %3%4, %5</source>
        <translation>%1 -&gt; %2&#xa0;: %3%4, %5</translation>
    </message>
    <message>
        <source>Signature (%1) by %2, key %3%4; report digest %5</source>
        <translation>Signature (%1) par %2, clé %3%4&#xa0;; empreinte du rapport %5</translation>
    </message>
    <message>
        <source> (not registered)</source>
        <translation> (non enregistrée)</translation>
    </message>
    <message>
        <source>Signed final by %1 on %2.</source>
        <translation>Validé comme définitif par %1 le %2.</translation>
    </message>
    <message>
        <source>Not final: this is a %1 version, not for the patient record.</source>
        <translation>Non définitif&#xa0;: il s&apos;agit d&apos;une version %1, non destinée au dossier du patient.</translation>
    </message>
    <message>
        <source>Alteration</source>
        <translation>Altération</translation>
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
        <translation>Style OncoKB</translation>
    </message>
    <message>
        <source>Deciding evidence and rule</source>
        <translation>Preuve et règle déterminantes</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Indicateurs</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Relecture</translation>
    </message>
    <message>
        <source> (resistance)</source>
        <translation> (résistance)</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Preuves</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Direction / significance</source>
        <translation>Direction / signification</translation>
    </message>
    <message>
        <source>Therapies</source>
        <translation>Traitements</translation>
    </message>
    <message>
        <source>Disease</source>
        <translation>Maladie</translation>
    </message>
    <message>
        <source>Citation</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>tumor VAF %1</source>
        <translation>VAF tumorale %1</translation>
    </message>
    <message>
        <source>AMP %1</source>
        <translation>AMP %1</translation>
    </message>
    <message>
        <source>SUPERSEDED by version %1 of case %2, of %3: this version is not the current one</source>
        <translation>REMPLACÉE par la version %1 du dossier %2, du %3&#xa0;: cette version n&apos;est pas la version en vigueur</translation>
    </message>
    <message>
        <source>OncoBoard case summary</source>
        <translation>Synthèse de dossier OncoBoard</translation>
    </message>
    <message>
        <source>Molecular tumor board case summary</source>
        <translation>Synthèse de dossier de RCP moléculaire</translation>
    </message>
    <message>
        <source>FINAL - signed by %1 on %2</source>
        <translation>DÉFINITIF - validé par %1 le %2</translation>
    </message>
    <message>
        <source>%1 - not signed final</source>
        <translation>%1 - non validé comme définitif</translation>
    </message>
    <message>
        <source>Annotation only - not a stored, signed case</source>
        <translation>Annotation seule - pas un dossier enregistré et validé</translation>
    </message>
    <message>
        <source>Tumor type missing: evidence cannot be judged on- or off-label for this patient.</source>
        <translation>Type tumoral manquant&#xa0;: les preuves ne peuvent pas être jugées dans ou hors indication pour ce patient.</translation>
    </message>
    <message>
        <source>Tiers (AMP/ASCO/CAP 2017; ESCAT and OncoKB-style levels by approximation)</source>
        <translation>Tiers (AMP/ASCO/CAP 2017&#xa0;; niveaux ESCAT et de style OncoKB par approximation)</translation>
    </message>
    <message>
        <source>Alterations with knowledge-base evidence</source>
        <translation>Altérations avec preuves de la base de connaissances</translation>
    </message>
    <message>
        <source>No alteration of this case matched the knowledge base.</source>
        <translation>Aucune altération de ce dossier ne correspond à la base de connaissances.</translation>
    </message>
    <message>
        <source>Sources and attribution</source>
        <translation>Sources et attribution</translation>
    </message>
    <message>
        <source>Knowledge-base releases used: %1.</source>
        <translation>Versions de la base de connaissances utilisées&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Evidence from CIViC - Clinical Interpretation of Variants in Cancer (civicdb.org), released under CC0 1.0; Griffith M et al., Nat Genet 2017;49:170-174. Tumor types from OncoTree (Memorial Sloan Kettering Cancer Center, CC BY 4.0). Disease relations from the Human Disease Ontology (CC0 1.0). Therapy names from pharmOncoX (NCIt, CC BY 4.0; ChEMBL, CC BY-SA 3.0).</source>
        <translation>Preuves issues de CIViC - Clinical Interpretation of Variants in Cancer (civicdb.org), publiées sous licence CC0 1.0&#xa0;; Griffith M et al., Nat Genet 2017;49:170-174. Types tumoraux issus d&apos;OncoTree (Memorial Sloan Kettering Cancer Center, CC BY 4.0). Relations entre maladies issues de la Human Disease Ontology (CC0 1.0). Noms des traitements issus de pharmOncoX (NCIt, CC BY 4.0&#xa0;; ChEMBL, CC BY-SA 3.0).</translation>
    </message>
    <message>
        <source>This summary supports the discussion of a molecular tumor board. Evidence levels are those of the knowledge base; they are not treatment recommendations by themselves. Alterations absent from this summary may still be clinically relevant, and a negative result does not exclude an alteration below the assay&apos;s limit of detection.</source>
        <translation>Cette synthèse est un support à la discussion d&apos;une RCP moléculaire. Les niveaux de preuve sont ceux de la base de connaissances&#xa0;; ils ne constituent pas à eux seuls des recommandations de traitement. Des altérations absentes de cette synthèse peuvent néanmoins être cliniquement pertinentes, et un résultat négatif n&apos;exclut pas une altération située sous la limite de détection du test.</translation>
    </message>
    <message>
        <source>cannot start the PDF</source>
        <translation>impossible de créer le PDF</translation>
    </message>
    <message>
        <source>%1 - OncoBoard case summary</source>
        <translation>%1 - Synthèse de dossier OncoBoard</translation>
    </message>
    <message>
        <source>Tumor type: %1</source>
        <translation>Type tumoral&#xa0;: %1</translation>
    </message>
    <message>
        <source>Knowledge base: %1</source>
        <translation>Base de connaissances&#xa0;: %1</translation>
    </message>
    <message>
        <source>Patient %1, case %2, version %3</source>
        <translation>Patient %1, dossier %2, version %3</translation>
    </message>
    <message>
        <source>NOT SIGNED</source>
        <translation>NON VALIDÉ</translation>
    </message>
    <message>
        <source>SUPERSEDED</source>
        <translation>REMPLACÉE</translation>
    </message>
    <message>
        <source>DRAFT</source>
        <translation>BROUILLON</translation>
    </message>
    <message>
        <source>PRELIMINARY</source>
        <translation>PRÉLIMINAIRE</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <source>writing the PDF failed</source>
        <translation>l&apos;écriture du PDF a échoué</translation>
    </message>
    <message>
        <source>The knowledge bases&apos; own words (evidence statements, disease and therapy names, CPIC&apos;s recommendations) are quoted in English, as their sources wrote them.</source>
        <translation>Les contenus des bases de connaissances (énoncés de preuve, noms de maladies et de traitements, recommandations du CPIC) sont cités en anglais, tels que leurs sources les ont rédigés.</translation>
    </message>
</context>
<context>
    <name>onco::PgxDefinitions</name>
    <message>
        <source>not a JSON object: %1 at byte %2</source>
        <translation>pas un objet JSON&#xa0;: %1 à l&apos;octet %2</translation>
    </message>
    <message>
        <source>the definition is not that of %1 or names no chromosome</source>
        <translation>la définition n&apos;est pas celle de %1 ou ne désigne aucun chromosome</translation>
    </message>
    <message>
        <source>variant %1 has no position or no REF</source>
        <translation>le variant %1 n&apos;a pas de position ou pas de REF</translation>
    </message>
    <message>
        <source>no defined variants</source>
        <translation>aucun variant défini</translation>
    </message>
    <message>
        <source>named allele &apos;%1&apos; lists %2 alleles for %3 variants</source>
        <translation>l&apos;allèle nommé &apos;%1&apos; énumère %2 allèles pour %3 variants</translation>
    </message>
    <message>
        <source>named allele &apos;%1&apos; defines no position</source>
        <translation>l&apos;allèle nommé &apos;%1&apos; ne définit aucune position</translation>
    </message>
    <message>
        <source>more than one reference allele</source>
        <translation>plus d&apos;un allèle de référence</translation>
    </message>
    <message>
        <source>no reference allele</source>
        <translation>aucun allèle de référence</translation>
    </message>
    <message>
        <source>the phenotype table is not that of %1</source>
        <translation>la table des phénotypes n&apos;est pas celle de %1</translation>
    </message>
    <message>
        <source>diplotype &apos;%1&apos; does not name two alleles</source>
        <translation>le diplotype &apos;%1&apos; ne désigne pas deux allèles</translation>
    </message>
    <message>
        <source>no diplotypes</source>
        <translation>aucun diplotype</translation>
    </message>
    <message>
        <source>not a CPIC recommendation file for %1 (drug, genes, recommendations)</source>
        <translation>ce n&apos;est pas un fichier de recommandations CPIC pour %1 (drug, genes, recommendations)</translation>
    </message>
</context>
<context>
    <name>onco::Pharmacogenomics</name>
    <message>
        <source>%1-%2 read as heterozygous</source>
        <translation>%1-%2 interprété comme hétérozygote</translation>
    </message>
    <message>
        <source>&gt;= %1 read as homozygous</source>
        <translation>&gt;= %1 interprété comme homozygote</translation>
    </message>
    <message>
        <source>neither %1-%2 (heterozygous) nor &gt;= %3 (homozygous): zygosity unknown</source>
        <translation>ni %1-%2 (hétérozygote) ni &gt;= %3 (homozygote)&#xa0;: zygotie inconnue</translation>
    </message>
    <message>
        <source>pharmacogenomic definitions unavailable: %1</source>
        <translation>définitions pharmacogénomiques indisponibles&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 (%2) is not in the normal sample: a somatic change, which does not count for the germline diplotype.</source>
        <translation>%1 (%2) est absent de l&apos;échantillon normal&#xa0;: c&apos;est une modification somatique, qui ne compte pas pour le diplotype constitutionnel.</translation>
    </message>
    <message>
        <source>Small variants of the input matched to the %1 defined positions of the PharmCAT %2 allele definitions (data %3%4).</source>
        <translation>Petits variants de l&apos;entrée mis en correspondance avec les %1 positions définies des définitions d&apos;allèles PharmCAT de %2 (données %3%4).</translation>
    </message>
    <message>
        <source>, lifted from GRCh38 to GRCh37</source>
        <translation>, converties de GRCh38 vers GRCh37</translation>
    </message>
    <message>
        <source>Positions with a germline allele of the case: %1; not reported by the input and assumed reference: %2.</source>
        <translation>Positions portant un allèle constitutionnel du dossier&#xa0;: %1&#xa0;; non rapportées par l&apos;entrée et supposées de référence&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Positions with a somatic variant only, taken as reference in germline DNA: %1.</source>
        <translation>Positions portant uniquement un variant somatique, considérées comme de référence dans l&apos;ADN constitutionnel&#xa0;: %1.</translation>
    </message>
    <message>
        <source>%1 defined positions could not be lifted to GRCh37 and were not examined.</source>
        <translation>%1 positions définies n&apos;ont pas pu être converties vers GRCh37 et n&apos;ont pas été examinées.</translation>
    </message>
    <message>
        <source>Defined positions not reported by the input were assumed reference; a somatic or tumor-only call set often leaves out germline variants, so other %1 alleles are not excluded.</source>
        <translation>Les positions définies non rapportées par l&apos;entrée ont été supposées de référence&#xa0;; un jeu d&apos;appels somatiques ou en tumeur seule omet souvent les variants constitutionnels, d&apos;autres allèles de %1 ne sont donc pas exclus.</translation>
    </message>
    <message>
        <source>The genotype was read from tumor DNA, whose allele fractions tumor purity, copy-number change and loss of heterozygosity distort: confirm on germline DNA before dosing.</source>
        <translation>Le génotype a été lu sur l&apos;ADN tumoral, dont les fractions alléliques sont faussées par la pureté tumorale, les variations du nombre de copies et la perte d&apos;hétérozygotie&#xa0;: à confirmer sur l&apos;ADN constitutionnel avant d&apos;adapter la posologie.</translation>
    </message>
    <message>
        <source>No germline allele observed: no diplotype is derived.</source>
        <translation>Aucun allèle constitutionnel observé&#xa0;: aucun diplotype n&apos;est déduit.</translation>
    </message>
    <message>
        <source>No diplotype is derived: the zygosity of %1 is unknown.</source>
        <translation>Aucun diplotype n&apos;est déduit&#xa0;: la zygotie de %1 est inconnue.</translation>
    </message>
    <message>
        <source>The zygosity of %1 could not be read: heterozygous it would give %2; homozygous %3. Genotype germline DNA before dosing.</source>
        <translation>La zygotie de %1 n&apos;a pas pu être déterminée&#xa0;: hétérozygote, elle donnerait %2&#xa0;; homozygote, %3. Génotypez l&apos;ADN constitutionnel avant d&apos;adapter la posologie.</translation>
    </message>
    <message>
        <source>No CPIC irinotecan recommendation shipped: the irinotecan guideline at hand is DPWG&apos;s via PharmGKB (CC BY-SA 4.0), which OncoBoard does not bundle; the phenotype is given alone.</source>
        <translation>Aucune recommandation CPIC sur l&apos;irinotécan n&apos;est fournie&#xa0;: la recommandation disponible pour l&apos;irinotécan est celle du DPWG via PharmGKB (CC BY-SA 4.0), qu&apos;OncoBoard n&apos;inclut pas&#xa0;; le phénotype est indiqué seul.</translation>
    </message>
    <message>
        <source>UGT1A1 *28, *36 and *37 (rs3064744 promoter TA repeat) are recognised only as left-aligned insertions or deletions of TA units; many pipelines do not call this repeat, so its absence from the input is not evidence of *1. PharmCAT counts the repeat from g.233760235, so *1 is TA[7] and *28 TA[8] in its HGVS, where the promoter convention A(TA)nTAA has (TA)6 and (TA)7.</source>
        <translation>UGT1A1 *28, *36 et *37 (répétition TA du promoteur, rs3064744) ne sont reconnus que sous forme d&apos;insertions ou de délétions d&apos;unités TA alignées à gauche&#xa0;; de nombreux pipelines n&apos;appellent pas cette répétition, son absence de l&apos;entrée ne constitue donc pas une preuve de *1. PharmCAT compte la répétition à partir de g.233760235&#xa0;: *1 est donc TA[7] et *28 TA[8] dans sa notation HGVS, là où la convention du promoteur A(TA)nTAA donne (TA)6 et (TA)7.</translation>
    </message>
    <message>
        <source>%1 activity score %2</source>
        <translation>%1&#xa0;: score d&apos;activité %2</translation>
    </message>
    <message>
        <source>%1 Normal Metabolizer (assumed: no %1 allele reported)</source>
        <translation>%1 Normal Metabolizer (supposé&#xa0;: aucun allèle de %1 rapporté)</translation>
    </message>
    <message>
        <source>The %1 recommendations take %2 as Normal Metabolizer: the input reported no %2 allele.</source>
        <translation>Les recommandations %1 considèrent %2 comme Normal Metabolizer&#xa0;: l&apos;entrée n&apos;a rapporté aucun allèle de %2.</translation>
    </message>
    <message>
        <source>CPIC (%1) gives no %2 recommendation for %3.</source>
        <translation>Le CPIC (%1) ne donne aucune recommandation sur %2 pour %3.</translation>
    </message>
    <message>
        <source>CPIC guideline %1 (CPIC data %2)</source>
        <translation>Recommandation CPIC %1 (données CPIC %2)</translation>
    </message>
    <message>
        <source>GT of normal sample %1 holds no copy: somatic</source>
        <translation>le GT de l&apos;échantillon normal %1 ne porte aucune copie&#xa0;: somatique</translation>
    </message>
    <message>
        <source>GT of normal sample %1: %2 (germline DNA)</source>
        <translation>GT de l&apos;échantillon normal %1&#xa0;: %2 (ADN constitutionnel)</translation>
    </message>
    <message>
        <source>normal VAF %1 at depth %2 (below %3: not in germline DNA, somatic)</source>
        <translation>VAF normale %1 à une profondeur de %2 (inférieure à %3&#xa0;: absent de l&apos;ADN constitutionnel, somatique)</translation>
    </message>
    <message>
        <source>normal VAF %1 (%2; germline DNA)</source>
        <translation>VAF normale %1 (%2&#xa0;; ADN constitutionnel)</translation>
    </message>
    <message>
        <source>GT of tumor sample %1: %2 (tumor DNA; confirm on germline DNA)</source>
        <translation>GT de l&apos;échantillon tumoral %1&#xa0;: %2 (ADN tumoral&#xa0;; à confirmer sur l&apos;ADN constitutionnel)</translation>
    </message>
    <message>
        <source>At %1:%2 the tumor VAF %3 reads as %4, unlike the GT (%5): loss of heterozygosity or a copy-number change in the tumor may hide the germline genotype.</source>
        <translation>En %1:%2, la VAF tumorale %3 s&apos;interprète comme %4, contrairement au GT (%5)&#xa0;: une perte d&apos;hétérozygotie ou une variation du nombre de copies dans la tumeur peut masquer le génotype constitutionnel.</translation>
    </message>
    <message>
        <source>tumor VAF %1 (%2; tumor DNA, distorted by purity and copy number: confirm on germline DNA)</source>
        <translation>VAF tumorale %1 (%2&#xa0;; ADN tumoral, faussée par la pureté et le nombre de copies&#xa0;: à confirmer sur l&apos;ADN constitutionnel)</translation>
    </message>
    <message>
        <source>the input gives neither a genotype nor an allele fraction</source>
        <translation>l&apos;entrée ne donne ni génotype ni fraction allélique</translation>
    </message>
    <message>
        <source>The input&apos;s FILTER at %1:%2 is %3.</source>
        <translation>Le FILTER de l&apos;entrée en %1:%2 vaut %3.</translation>
    </message>
</context>
<context>
    <name>onco::PharmacogenomicsPanel</name>
    <message>
        <source>heterozygous</source>
        <translation>hétérozygote</translation>
    </message>
    <message>
        <source>homozygous</source>
        <translation>homozygote</translation>
    </message>
    <message>
        <source>not carried</source>
        <translation>non porteur</translation>
    </message>
    <message>
        <source>zygosity unknown</source>
        <translation>zygotie inconnue</translation>
    </message>
    <message>
        <source>&lt;p&gt;No pharmacogenomic allele (DPYD, TPMT, NUDT15, UGT1A1) among the case&apos;s variants.&lt;/p&gt;&lt;p&gt;&lt;small&gt;Only the variants the input reports are looked at: a somatic call set often leaves germline variants out.&lt;/small&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;Aucun allèle pharmacogénomique (DPYD, TPMT, NUDT15, UGT1A1) parmi les variants du dossier.&lt;/p&gt;&lt;p&gt;&lt;small&gt;Seuls les variants rapportés par l&apos;entrée sont examinés&#xa0;: un jeu de variants somatiques omet souvent les variants constitutionnels.&lt;/small&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;&lt;b&gt;%1&lt;/b&gt;%2, %3 &lt;small&gt;(%4)&lt;/small&gt;&lt;/li&gt;</source>
        <translation>&lt;li&gt;&lt;b&gt;%1&lt;/b&gt;%2, %3 &lt;small&gt;(%4)&lt;/small&gt;&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Phenotype not derived (see the notes below).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Phénotype non déduit (voir les remarques ci-dessous).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Diplotype %1: &lt;b&gt;%2&lt;/b&gt;%3&lt;/p&gt;</source>
        <translation>&lt;p&gt;Diplotype %1&#xa0;: &lt;b&gt;%2&lt;/b&gt;%3&lt;/p&gt;</translation>
    </message>
    <message>
        <source>, activity score %1</source>
        <translation>, score d&apos;activité %1</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; (%2): %3&lt;br&gt;&lt;small&gt;&lt;a href=&quot;%4&quot;&gt;%5&lt;/a&gt;&lt;/small&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; (%2)&#xa0;: %3&lt;br&gt;&lt;small&gt;&lt;a href=&quot;%4&quot;&gt;%5&lt;/a&gt;&lt;/small&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;small&gt;Never an AMP tier. A genotype read from tumor DNA needs confirmation on germline DNA before a dose is changed.&lt;/small&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;small&gt;Jamais de tier AMP. Un génotype déterminé sur l&apos;ADN tumoral doit être confirmé sur l&apos;ADN constitutionnel avant toute modification de dose.&lt;/small&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;color:gray&apos;&gt;Recommendations of CPIC, in English:&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:gray&apos;&gt;Recommandations du CPIC, en anglais dans l&apos;original :&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>onco::PlanEditor</name>
    <message>
        <source>Add %1</source>
        <translation>Ajouter %1</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Modifier %1</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Supprimer %1</translation>
    </message>
    <message>
        <source>Edit the plan&apos;s conclusion and meeting</source>
        <translation>Modifier la conclusion et la séance du plan</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1&#xa0;: %2 (%3)</translation>
    </message>
    <message>
        <source>%1 %2 %3 in %4 (%5 %6, level %7)</source>
        <translation>%1 %2 %3 dans %4 (%5 %6, niveau %7)</translation>
    </message>
</context>
<context>
    <name>onco::PlanItemDialog</name>
    <message>
        <source>Edit recommendation</source>
        <translation>Modifier la recommandation</translation>
    </message>
    <message>
        <source>New recommendation</source>
        <translation>Nouvelle recommandation</translation>
    </message>
    <message>
        <source>Therapy</source>
        <translation>Traitement</translation>
    </message>
    <message>
        <source>Clinical trial</source>
        <translation>Essai clinique</translation>
    </message>
    <message>
        <source>Further diagnostics</source>
        <translation>Examens complémentaires</translation>
    </message>
    <message>
        <source>(one therapy)</source>
        <translation>(un seul traitement)</translation>
    </message>
    <message>
        <source>Encorafenib + Cetuximab; a trial&apos;s title; germline testing</source>
        <translation>Encorafenib + Cetuximab&#xa0;; titre d&apos;un essai&#xa0;; test constitutionnel</translation>
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
        <translation>Saisir du texte pour filtrer les altérations du dossier</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Nature&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <source>T&amp;herapies:</source>
        <translation>Traite&amp;ments&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Interaction:</source>
        <translation>&amp;Interaction&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Alterations:</source>
        <translation>&amp;Altérations&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Evidence and citations:</source>
        <translation>&amp;Preuves et références&#xa0;:</translation>
    </message>
    <message>
        <source>T&amp;rials (NCT):</source>
        <translation>&amp;Essais (NCT)&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Level it rests on:</source>
        <translation>Ni&amp;veau sur lequel elle repose&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation>Pri&amp;orité&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Rationale:</source>
        <translation>&amp;Justification&#xa0;:</translation>
    </message>
    <message>
        <source>Encorafenib + Cetuximab (from the therapies when empty)</source>
        <translation>Encorafenib + Cetuximab (d&apos;après les traitements si vide)</translation>
    </message>
    <message>
        <source>The trial&apos;s title</source>
        <translation>Titre de l&apos;essai</translation>
    </message>
    <message>
        <source>Germline testing of BRCA2; RNA fusion panel; repeat biopsy</source>
        <translation>Test constitutionnel de BRCA2&#xa0;; panel de fusions ARN&#xa0;; nouvelle biopsie</translation>
    </message>
    <message>
        <source>Name the therapy, the trial or the diagnostic step.</source>
        <translation>Indiquez le traitement, l&apos;essai ou l&apos;étape diagnostique.</translation>
    </message>
</context>
<context>
    <name>onco::PlanPanel</name>
    <message>
        <source>Recommended therapies</source>
        <translation>Traitements recommandés</translation>
    </message>
    <message>
        <source>Clinical trials</source>
        <translation>Essais cliniques</translation>
    </message>
    <message>
        <source>Further diagnostics</source>
        <translation>Examens complémentaires</translation>
    </message>
    <message>
        <source>&amp;Add...</source>
        <translation>&amp;Ajouter...</translation>
    </message>
    <message>
        <source>Ed&amp;it...</source>
        <translation>&amp;Modifier...</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Save conclusion</source>
        <translation>Enregistrer la conclusion</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Recommandation</translation>
    </message>
    <message>
        <source>Alterations</source>
        <translation>Altérations</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>Justification</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Preuves</translation>
    </message>
    <message>
        <source>&amp;Therapy...</source>
        <translation>&amp;Traitement...</translation>
    </message>
    <message>
        <source>Clinical t&amp;rial...</source>
        <translation>&amp;Essai clinique...</translation>
    </message>
    <message>
        <source>Further &amp;diagnostics...</source>
        <translation>Examens &amp;complémentaires...</translation>
    </message>
    <message>
        <source>Dr. A (oncologist), Dr. B (molecular pathologist)</source>
        <translation>Dr A (oncologue), Dr B (pathologiste moléculaire)</translation>
    </message>
    <message>
        <source>The board&apos;s conclusion</source>
        <translation>La conclusion de la RCP</translation>
    </message>
    <message>
        <source>Meeting:</source>
        <translation>Séance&#xa0;:</translation>
    </message>
    <message>
        <source>Follow-up:</source>
        <translation>Suivi&#xa0;:</translation>
    </message>
    <message>
        <source>Participants:</source>
        <translation>Participants&#xa0;:</translation>
    </message>
    <message>
        <source>Conclusion:</source>
        <translation>Conclusion&#xa0;:</translation>
    </message>
    <message>
        <source>&lt;i&gt;Save the case to the case database to build the board&apos;s plan.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Enregistrez le dossier dans la base de dossiers pour établir le plan de la RCP.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Final:&lt;/b&gt; the plan is signed and read-only; amend the case to change it.</source>
        <translation>&lt;b&gt;Définitif&#xa0;:&lt;/b&gt; le plan est validé et en lecture seule&#xa0;; établissez un avenant au dossier pour le modifier.</translation>
    </message>
    <message>
        <source>Drop evidence items here to recommend from them, or add one.</source>
        <translation>Déposez ici des éléments de preuve pour en tirer une recommandation, ou ajoutez-en une.</translation>
    </message>
    <message>
        <source>Added by %1 on %2</source>
        <translation>Ajouté par %1 le %2</translation>
    </message>
    <message>
        <source>the case is final: amend it to change its plan</source>
        <translation>le dossier est définitif&#xa0;: établissez un avenant pour modifier son plan</translation>
    </message>
    <message>
        <source>save the case to the case database first</source>
        <translation>enregistrez d&apos;abord le dossier dans la base de dossiers</translation>
    </message>
    <message>
        <source>that evidence item is not part of this case</source>
        <translation>cet élément de preuve ne fait pas partie de ce dossier</translation>
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
        <translation>Gènes du dossier portant des mutations modifiant la protéine, avec leur nombre</translation>
    </message>
    <message>
        <source>&amp;Gene:</source>
        <translation>&amp;Gène&#xa0;:</translation>
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
        <translation>Nombre de copies</translation>
    </message>
    <message>
        <source>Over time</source>
        <translation>Au fil du temps</translation>
    </message>
    <message>
        <source>Export...</source>
        <translation>Exporter...</translation>
    </message>
    <message>
        <source>Save this plot as a PNG or SVG image</source>
        <translation>Enregistrer ce graphique en tant qu&apos;image PNG ou SVG</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>the image size %1 x %2 is empty</source>
        <translation>la taille d&apos;image %1 x %2 est vide</translation>
    </message>
    <message>
        <source>unknown image type &apos;%1&apos;: use .png or .svg</source>
        <translation>type d&apos;image inconnu &apos;%1&apos;&#xa0;: utilisez .png ou .svg</translation>
    </message>
    <message>
        <source>cannot write the image: %1</source>
        <translation>impossible d&apos;écrire l&apos;image&#xa0;: %1</translation>
    </message>
    <message>
        <source>Exported from OncoBoard</source>
        <translation>Exporté depuis OncoBoard</translation>
    </message>
    <message>
        <source>cannot write the image</source>
        <translation>impossible d&apos;écrire l&apos;image</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Image PNG (*.png)</translation>
    </message>
    <message>
        <source>SVG image (*.svg)</source>
        <translation>Image SVG (*.svg)</translation>
    </message>
    <message>
        <source>Export plot</source>
        <translation>Exporter le graphique</translation>
    </message>
    <message>
        <source>The plot could not be exported: %1</source>
        <translation>Le graphique n&apos;a pas pu être exporté&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>onco::PopulationFrequencies</name>
    <message>
        <source>not a population frequency table: it needs the columns chrom, pos, ref, alt, af</source>
        <translation>ce n&apos;est pas une table de fréquences populationnelles&#xa0;: elle doit contenir les colonnes chrom, pos, ref, alt, af</translation>
    </message>
    <message>
        <source>position is not a positive integer</source>
        <translation>la position n&apos;est pas un entier positif</translation>
    </message>
    <message>
        <source>allele frequency is not a number from 0 to 1</source>
        <translation>la fréquence allélique n&apos;est pas un nombre compris entre 0 et 1</translation>
    </message>
    <message>
        <source>empty contig or allele</source>
        <translation>contig ou allèle vide</translation>
    </message>
    <message>
        <source>population frequencies unavailable: %1</source>
        <translation>fréquences populationnelles indisponibles&#xa0;: %1</translation>
    </message>
    <message>
        <source>1000 Genomes Project phase 3, global allele frequency (common exome SNPs selected by akt)</source>
        <translation>1000 Genomes Project phase 3, fréquence allélique globale (SNP exomiques fréquents sélectionnés par akt)</translation>
    </message>
</context>
<context>
    <name>onco::PredispositionPanel</name>
    <message>
        <source>missing columns: the table needs %1</source>
        <translation>colonnes manquantes&#xa0;: la table doit contenir %1</translation>
    </message>
    <message>
        <source>empty or unstripped gene symbol</source>
        <translation>symbole de gène vide ou entouré d&apos;espaces</translation>
    </message>
    <message>
        <source>empty gene symbol</source>
        <translation>symbole de gène vide</translation>
    </message>
    <message>
        <source>cancer predisposition panel unavailable: %1</source>
        <translation>panel de prédisposition au cancer indisponible&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>onco::PresentationView</name>
    <message>
        <source>← → move between findings · Esc or F11 leaves</source>
        <translation>← → passer d&apos;un résultat à l&apos;autre · Échap ou F11 pour quitter</translation>
    </message>
    <message>
        <source>&lt;p&gt;No actionable finding (AMP Tier I or II, or included by the board) in this case.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Aucun résultat actionnable (Tier AMP I ou II, ou inclus par la RCP) dans ce dossier.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Finding %1 of %2</source>
        <translation>Résultat %1 sur %2</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;AMP %1&lt;/b&gt;%2 &amp;middot; ESCAT %3 &amp;middot; OncoKB-style %4&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;AMP %1&lt;/b&gt;%2 &amp;middot; ESCAT %3 &amp;middot; type OncoKB %4&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;%1&lt;/p&gt;</source>
        <translation>&lt;p&gt;%1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Tumor VAF %1 %%2&lt;/p&gt;</source>
        <translation>&lt;p&gt;VAF tumorale %1 %%2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>, depth %1</source>
        <translation>, profondeur %1</translation>
    </message>
    <message>
        <source>resistance: </source>
        <translation>résistance&#xa0;: </translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Therapies with on-label evidence&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;%1&lt;/ul&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Traitements avec données probantes dans l&apos;indication&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;%1&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Caution:&lt;/b&gt; %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Attention&#xa0;:&lt;/b&gt; %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;i&gt;Not yet reviewed.&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;i&gt;Pas encore relu.&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Board decision:&lt;/b&gt; %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Décision de la RCP&#xa0;:&lt;/b&gt; %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Plan&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;%1&lt;/ul&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Plan&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;%1&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Conclusion of the board:&lt;/b&gt; %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Conclusion de la RCP&#xa0;:&lt;/b&gt; %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Findings: %1</source>
        <translation>Résultats&#xa0;: %1</translation>
    </message>
    <message>
        <source>&lt;li&gt;%1%2 &amp;mdash; %3 level %4 (%5)&lt;/li&gt;</source>
        <translation>&lt;li&gt;%1%2 &amp;mdash; %3 niveau %4 (%5)&lt;/li&gt;</translation>
    </message>
</context>
<context>
    <name>onco::ProfileExpression</name>
    <message>
        <source>unexpected &apos;%1&apos;</source>
        <translation>&apos;%1&apos; inattendu</translation>
    </message>
    <message>
        <source>the expression ends early</source>
        <translation>l&apos;expression se termine prématurément</translation>
    </message>
    <message>
        <source>a parenthesis is not closed</source>
        <translation>une parenthèse n&apos;est pas fermée</translation>
    </message>
    <message>
        <source>a variant is missing before &apos;%1&apos;</source>
        <translation>il manque un variant avant &apos;%1&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of the profile&apos;s variants</source>
        <translation>&apos;%1&apos; n&apos;est pas l&apos;un des variants du profil</translation>
    </message>
</context>
<context>
    <name>onco::ProteinLengthTable</name>
    <message>
        <source>a protein length table needs Hugo_Symbol and aa.length columns</source>
        <translation>une table de longueurs des protéines nécessite les colonnes Hugo_Symbol et aa.length</translation>
    </message>
</context>
<context>
    <name>onco::ProteinSequences</name>
    <message>
        <source>a FASTA header without a gene symbol</source>
        <translation>un en-tête FASTA sans symbole de gène</translation>
    </message>
    <message>
        <source>sequence before the first FASTA header</source>
        <translation>séquence avant le premier en-tête FASTA</translation>
    </message>
</context>
<context>
    <name>onco::ReadBounds</name>
    <message numerus="yes">
        <source>%n record(s) repeat an earlier record exactly (the first repeats line %1); each is listed once</source>
        <translation>
            <numerusform>%n enregistrement répète exactement un enregistrement antérieur (le premier répète la ligne %1)&#xa0;; chacun n&apos;est listé qu&apos;une fois</numerusform>
            <numerusform>%n enregistrements répètent exactement un enregistrement antérieur (le premier répète la ligne %1)&#xa0;; chacun n&apos;est listé qu&apos;une fois</numerusform>
        </translation>
    </message>
    <message>
        <source>the file gives more than %1 alterations, the cap for one input; reading stopped here (raise it with --max-records, or split the file)</source>
        <translation>le fichier contient plus de %1 altérations, la limite pour une entrée&#xa0;; lecture arrêtée ici (augmentez la limite avec --max-records ou scindez le fichier)</translation>
    </message>
</context>
<context>
    <name>onco::ReadSupport</name>
    <message>
        <source>VAF %1 is not a fraction between 0 and 1</source>
        <translation>la VAF %1 n&apos;est pas une fraction comprise entre 0 et 1</translation>
    </message>
    <message>
        <source>a read count is negative</source>
        <translation>un nombre de lectures est négatif</translation>
    </message>
    <message>
        <source>%1 alternative reads exceed the depth of %2</source>
        <translation>%1 lectures alternatives dépassent la profondeur de %2</translation>
    </message>
</context>
<context>
    <name>onco::ReferenceGenome</name>
    <message>
        <source>no such reference genome file</source>
        <translation>fichier du génome de référence introuvable</translation>
    </message>
    <message>
        <source>the reference genome has no index %1.fai: index it with &apos;samtools faidx %1&apos;</source>
        <translation>le génome de référence n&apos;a pas d&apos;index %1.fai&#xa0;: indexez-le avec &apos;samtools faidx %1&apos;</translation>
    </message>
    <message>
        <source>not a readable indexed FASTA (a bgzip-compressed FASTA also needs its .gzi index)</source>
        <translation>pas un FASTA indexé lisible (un FASTA compressé avec bgzip nécessite aussi son index .gzi)</translation>
    </message>
    <message>
        <source>the reference genome holds no sequence</source>
        <translation>le génome de référence ne contient aucune séquence</translation>
    </message>
</context>
<context>
    <name>onco::ReferenceImporter</name>
    <message>
        <source>not a %1 table: missing columns %2</source>
        <translation>pas une table %1&#xa0;: colonnes manquantes %2</translation>
    </message>
    <message numerus="yes">
        <source>%n more rows with problems are not listed</source>
        <translation>
            <numerusform>%n autre ligne présentant des problèmes n&apos;est pas listée</numerusform>
            <numerusform>%n autres lignes présentant des problèmes ne sont pas listées</numerusform>
        </translation>
    </message>
    <message>
        <source>the row has %1 fields, the header %2: skipped</source>
        <translation>la ligne a %1 champs, l&apos;en-tête %2&#xa0;: ignorée</translation>
    </message>
    <message>
        <source>the row is not valid UTF-8: skipped</source>
        <translation>la ligne n&apos;est pas de l&apos;UTF-8 valide&#xa0;: ignorée</translation>
    </message>
    <message>
        <source>the file name names CancerMine %1, not %2</source>
        <translation>le nom du fichier désigne CancerMine %1, pas %2</translation>
    </message>
    <message>
        <source>cannot tell the CancerMine release: name the file cancermine_collated.vNN.tsv or give the release</source>
        <translation>impossible de déterminer la version de CancerMine&#xa0;: nommez le fichier cancermine_collated.vNN.tsv ou indiquez la version</translation>
    </message>
    <message>
        <source>no gene symbol (gene_normalized): skipped</source>
        <translation>aucun symbole de gène (gene_normalized)&#xa0;: ignorée</translation>
    </message>
    <message>
        <source>unknown role &quot;%1&quot; (not Oncogene, Tumor_Suppressor or Driver): skipped</source>
        <translation>rôle inconnu &quot;%1&quot; (ni Oncogene, ni Tumor_Suppressor, ni Driver)&#xa0;: ignorée</translation>
    </message>
    <message>
        <source>citation_count &quot;%1&quot; is not a whole number: skipped</source>
        <translation>citation_count &quot;%1&quot; n&apos;est pas un nombre entier&#xa0;: ignorée</translation>
    </message>
    <message>
        <source>gene_entrez_id &quot;%1&quot; is not a number: stored empty</source>
        <translation>gene_entrez_id &quot;%1&quot; n&apos;est pas un nombre&#xa0;: enregistré vide</translation>
    </message>
    <message>
        <source>cancer_id &quot;%1&quot; is not a Disease Ontology id: stored empty</source>
        <translation>cancer_id &quot;%1&quot; n&apos;est pas un identifiant Disease Ontology&#xa0;: enregistré vide</translation>
    </message>
    <message>
        <source>name the pharmOncoX release (its date, such as 2021-12)</source>
        <translation>indiquez la version de pharmOncoX (sa date, p. ex. 2021-12)</translation>
    </message>
    <message>
        <source>empty alias: skipped</source>
        <translation>alias vide&#xa0;: ignoré</translation>
    </message>
    <message>
        <source>alias &quot;%1&quot; names no therapy: skipped</source>
        <translation>l&apos;alias &quot;%1&quot; ne désigne aucun traitement&#xa0;: ignoré</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (%2) repeated with ChEMBL id %3 instead of %4: kept %4</source>
        <translation>&quot;%1&quot; (%2) répété avec l&apos;identifiant ChEMBL %3 au lieu de %4&#xa0;: %4 conservé</translation>
    </message>
</context>
<context>
    <name>onco::Relevance</name>
    <message>
        <source>the case has no tumor type</source>
        <translation>le dossier n&apos;a pas de type tumoral</translation>
    </message>
    <message>
        <source>the evidence names no disease</source>
        <translation>la preuve ne désigne aucune maladie</translation>
    </message>
    <message>
        <source>%1: not an OncoTree code</source>
        <translation>%1&#xa0;: pas un code OncoTree</translation>
    </message>
    <message>
        <source>%1 is a hematologic tumor; the evidence is for all liquid tumors</source>
        <translation>%1 est une tumeur hématologique&#xa0;; la preuve concerne toutes les tumeurs liquides</translation>
    </message>
    <message>
        <source>%1 is a solid tumor; the evidence is for liquid tumors only</source>
        <translation>%1 est une tumeur solide&#xa0;; la preuve concerne uniquement les tumeurs liquides</translation>
    </message>
    <message>
        <source>%1 has the OncoTree main type %2</source>
        <translation>%1 a le type principal OncoTree %2</translation>
    </message>
    <message>
        <source>%1 has the OncoTree main type %2, not %3</source>
        <translation>%1 a le type principal OncoTree %2, pas %3</translation>
    </message>
    <message>
        <source>parent %1</source>
        <translation>parent %1</translation>
    </message>
    <message>
        <source>%1 is below the case&apos;s type: %2</source>
        <translation>%1 est sous le type du dossier&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 and %2 are on different OncoTree branches</source>
        <translation>%1 et %2 sont sur des branches OncoTree différentes</translation>
    </message>
</context>
<context>
    <name>onco::ReportSettingsDialog</name>
    <message>
        <source>Include the patient&apos;s name, birth date and record number</source>
        <translation>Inclure le nom, la date de naissance et le numéro patient (IPP)</translation>
    </message>
    <message>
        <source>Report settings</source>
        <translation>Paramètres du rapport</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>Lettre US</translation>
    </message>
    <message>
        <source>Department of Pathology, University Hospital</source>
        <translation>Service d&apos;anatomie et cytologie pathologiques, CHU</translation>
    </message>
    <message>
        <source>Browse...</source>
        <translation>Parcourir...</translation>
    </message>
    <message>
        <source>Institution logo</source>
        <translation>Logo de l&apos;établissement</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.svg)</source>
        <translation>Images (*.png *.jpg *.svg)</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>Format du &amp;papier&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Institution:</source>
        <translation>É&amp;tablissement&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Logo:</source>
        <translation>&amp;Logo&#xa0;:</translation>
    </message>
    <message>
        <source>Identifiers:</source>
        <translation>Identifiants&#xa0;:</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an image this application can read.</source>
        <translation>&apos;%1&apos; n&apos;est pas une image lisible par cette application.</translation>
    </message>
</context>
<context>
    <name>onco::ReviewController</name>
    <message>
        <source>undone</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>no case database is open</source>
        <translation>aucune base de dossiers n&apos;est ouverte</translation>
    </message>
    <message>
        <source>the case is not in the case database</source>
        <translation>le dossier n&apos;est pas dans la base de dossiers</translation>
    </message>
    <message>
        <source>this alteration is not kept for review (not protein-altering, no evidence)</source>
        <translation>cette altération n&apos;est pas conservée pour la relecture (ne modifie pas la protéine, aucune preuve)</translation>
    </message>
    <message>
        <source>save the case to the case database to review it</source>
        <translation>enregistrez le dossier dans la base de dossiers pour le relire</translation>
    </message>
    <message>
        <source>the case is final and locked: amend it to change it</source>
        <translation>le dossier est définitif et verrouillé&#xa0;: établissez un avenant pour le modifier</translation>
    </message>
    <message>
        <source>Mark %1</source>
        <translation>Marquer comme %1</translation>
    </message>
    <message>
        <source>no earlier decision on this alteration</source>
        <translation>aucune décision antérieure sur cette altération</translation>
    </message>
    <message>
        <source>as decided in %1 by %2 on %3%4</source>
        <translation>selon la décision prise dans %1 par %2 le %3%4</translation>
    </message>
    <message>
        <source>save the case to the case database first</source>
        <translation>enregistrez d&apos;abord le dossier dans la base de dossiers</translation>
    </message>
    <message>
        <source>a sign-off needs the signer&apos;s key</source>
        <translation>une validation nécessite la clé du signataire</translation>
    </message>
</context>
<context>
    <name>onco::ReviewerDialog</name>
    <message>
        <source>Who is reviewing?</source>
        <translation>Qui effectue la relecture&#xa0;?</translation>
    </message>
    <message>
        <source>Dr. A. Pathologist</source>
        <translation>Dr A. Pathologiste</translation>
    </message>
    <message>
        <source>Every decision is stored with the name and role of the person who made it. They are kept for the next decisions and sign-offs (Review &gt; Sign Final asks again).</source>
        <translation>Chaque décision est enregistrée avec le nom et le rôle de la personne qui l&apos;a prise. Ils sont conservés pour les décisions et validations suivantes (Relecture &gt; Valider comme définitif les redemande).</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rôle&#xa0;:</translation>
    </message>
    <message>
        <source>Give your name and your role.</source>
        <translation>Indiquez votre nom et votre rôle.</translation>
    </message>
</context>
<context>
    <name>onco::Roles</name>
    <message>
        <source>molecular pathologist</source>
        <translation>pathologiste moléculaire</translation>
    </message>
    <message>
        <source>oncologist</source>
        <translation>oncologue</translation>
    </message>
    <message>
        <source>geneticist</source>
        <translation>généticien</translation>
    </message>
    <message>
        <source>coordinator</source>
        <translation>coordinateur</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>administrateur</translation>
    </message>
    <message>
        <source>record review decisions</source>
        <translation>consigner les décisions de relecture</translation>
    </message>
    <message>
        <source>change the treatment plan</source>
        <translation>modifier le plan de traitement</translation>
    </message>
    <message>
        <source>change the plan&apos;s meeting, participants and conclusion</source>
        <translation>modifier la séance, les participants et la conclusion du plan</translation>
    </message>
    <message>
        <source>prepare board meetings and record their conclusions</source>
        <translation>préparer les séances de RCP et consigner leurs conclusions</translation>
    </message>
    <message>
        <source>record what became of a recommendation</source>
        <translation>consigner le devenir d&apos;une recommandation</translation>
    </message>
    <message>
        <source>sign a case preliminary</source>
        <translation>valider un dossier comme préliminaire</translation>
    </message>
    <message>
        <source>sign a case final or amend it</source>
        <translation>valider un dossier comme définitif ou établir un avenant</translation>
    </message>
    <message>
        <source>register or revoke signing keys</source>
        <translation>enregistrer ou révoquer des clés de signature</translation>
    </message>
    <message>
        <source>give members their roles</source>
        <translation>attribuer leurs rôles aux membres</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 ou %2</translation>
    </message>
</context>
<context>
    <name>onco::SampleRoleDialog</name>
    <message>
        <source>Choose the tumor sample</source>
        <translation>Choisir l&apos;échantillon tumoral</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1 does not say which of its samples is the tumor. Column order is not trusted: please choose.</source>
        <translation>%1 n&apos;indique pas lequel de ses échantillons est la tumeur. L&apos;ordre des colonnes n&apos;est pas considéré comme fiable&#xa0;: veuillez choisir.</translation>
    </message>
    <message>
        <source>%1 holds samples of several patients. Choose this patient&apos;s sample.</source>
        <translation>%1 contient des échantillons de plusieurs patients. Choisissez l&apos;échantillon de ce patient.</translation>
    </message>
    <message>
        <source>Tumor sample:</source>
        <translation>Échantillon tumoral&#xa0;:</translation>
    </message>
    <message>
        <source>none (tumor only)</source>
        <translation>aucun (tumeur seule)</translation>
    </message>
    <message>
        <source>Matched normal:</source>
        <translation>Échantillon normal apparié&#xa0;:</translation>
    </message>
</context>
<context>
    <name>onco::SampleSelector</name>
    <message>
        <source> and %1 more</source>
        <translation> et %1 autres</translation>
    </message>
    <message>
        <source>sample &apos;%1&apos; is not in this file (samples: %2): nothing is taken from it</source>
        <translation>l&apos;échantillon &apos;%1&apos; ne figure pas dans ce fichier (échantillons&#xa0;: %2)&#xa0;: rien n&apos;en est repris</translation>
    </message>
    <message>
        <source>its only sample &apos;%1&apos; is taken as sample &apos;%2&apos;</source>
        <translation>son unique échantillon &apos;%1&apos; est pris comme échantillon &apos;%2&apos;</translation>
    </message>
    <message>
        <source>its only sample &apos;%1&apos; is taken as the case&apos;s tumor sample &apos;%2&apos;</source>
        <translation>son unique échantillon &apos;%1&apos; est pris comme échantillon tumoral &apos;%2&apos; du dossier</translation>
    </message>
    <message>
        <source>the file holds %1 samples (%2); choose the patient&apos;s sample with --tumor-sample</source>
        <translation>le fichier contient %1 échantillons (%2)&#xa0;; choisissez l&apos;échantillon du patient avec --tumor-sample</translation>
    </message>
    <message>
        <source>1 alteration</source>
        <translation>1 altération</translation>
    </message>
    <message>
        <source>%L1 alterations</source>
        <translation>%L1 altérations</translation>
    </message>
    <message>
        <source>more than %L1 samples in one run: split the cohort</source>
        <translation>plus de %L1 échantillons en une seule exécution&#xa0;: scindez la cohorte</translation>
    </message>
    <message>
        <source>no sample column is recognised (%1), but column &apos;%2&apos; names %3 different values (%4...): the rows may come from several patients and are not read as one case; rename that column</source>
        <translation>aucune colonne d&apos;échantillon n&apos;est reconnue (%1), mais la colonne &apos;%2&apos; contient %3 valeurs différentes (%4...)&#xa0;: les lignes peuvent provenir de plusieurs patients et ne sont pas lues comme un seul dossier&#xa0;; renommez cette colonne</translation>
    </message>
    <message>
        <source>100 or more</source>
        <translation>100 ou plus</translation>
    </message>
</context>
<context>
    <name>onco::SignOffDialog</name>
    <message>
        <source>Sign the case final</source>
        <translation>Valider le dossier comme définitif</translation>
    </message>
    <message>
        <source>Mark the case preliminary</source>
        <translation>Marquer le dossier comme préliminaire</translation>
    </message>
    <message>
        <source>Case %1, version %3 (patient %2) becomes &lt;b&gt;final&lt;/b&gt;: it is locked, its plan and decisions can no longer change, and the PDF loses its PRELIMINARY watermark. Changes afterwards need an amendment, a new version.</source>
        <translation>Le dossier %1, version %3 (patient %2) devient &lt;b&gt;définitif&lt;/b&gt;&#xa0;: il est verrouillé, son plan et ses décisions ne peuvent plus changer, et le PDF perd son filigrane PRÉLIMINAIRE. Toute modification ultérieure nécessite un avenant, c&apos;est-à-dire une nouvelle version.</translation>
    </message>
    <message>
        <source>Case %1, version %3 (patient %2) becomes &lt;b&gt;preliminary&lt;/b&gt;: ready for the board&apos;s discussion. It can still be edited, or reopened as a draft.</source>
        <translation>Le dossier %1, version %3 (patient %2) devient &lt;b&gt;préliminaire&lt;/b&gt;&#xa0;: prêt pour la discussion en RCP. Il peut encore être modifié, ou rouvert comme brouillon.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rôle&#xa0;:</translation>
    </message>
    <message>
        <source>Time:</source>
        <translation>Date et heure&#xa0;:</translation>
    </message>
    <message>
        <source>New signing &amp;passphrase:</source>
        <translation>Nouvelle &amp;phrase secrète de signature&#xa0;:</translation>
    </message>
    <message>
        <source>Signing &amp;passphrase:</source>
        <translation>&amp;Phrase secrète de signature&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>Répét&amp;ez-la&#xa0;:</translation>
    </message>
    <message>
        <source>No keychain answers here: your first signature makes your signing key and keeps it sealed with this passphrase.</source>
        <translation>Aucun trousseau de clés ne répond ici&#xa0;: votre première signature crée votre clé de signature et la protège par cette phrase secrète.</translation>
    </message>
    <message>
        <source>No keychain answers here: your signing key is sealed with this passphrase.</source>
        <translation>Aucun trousseau de clés ne répond ici&#xa0;: votre clé de signature est protégée par cette phrase secrète.</translation>
    </message>
    <message>
        <source>Sign final</source>
        <translation>Valider comme définitif</translation>
    </message>
    <message>
        <source>Mark preliminary</source>
        <translation>Marquer comme préliminaire</translation>
    </message>
    <message>
        <source>Signing final needs your name and role.</source>
        <translation>La validation définitive nécessite votre nom et votre rôle.</translation>
    </message>
    <message>
        <source>Give your name.</source>
        <translation>Indiquez votre nom.</translation>
    </message>
    <message>
        <source>A signing passphrase has at least 12 characters.</source>
        <translation>Une phrase secrète de signature comporte au moins 12 caractères.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Les deux phrases secrètes diffèrent.</translation>
    </message>
</context>
<context>
    <name>onco::SigningKey</name>
    <message>
        <source>the keychain did not answer</source>
        <translation>le trousseau de clés n&apos;a pas répondu</translation>
    </message>
    <message>
        <source>cannot read the signing key: %1</source>
        <translation>impossible de lire la clé de signature&#xa0;: %1</translation>
    </message>
    <message>
        <source>not a signing key file of account &apos;%1&apos;</source>
        <translation>ce n&apos;est pas un fichier de clé de signature du compte &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the signing key of &apos;%1&apos; is sealed with its passphrase: give it (ONCOBOARD_SIGNING_PASSPHRASE when there is no window)</source>
        <translation>la clé de signature de &apos;%1&apos; est scellée par sa phrase secrète&#xa0;: indiquez-la (ONCOBOARD_SIGNING_PASSPHRASE en l&apos;absence de fenêtre)</translation>
    </message>
    <message>
        <source>the passphrase does not open the signing key of &apos;%1&apos;</source>
        <translation>la phrase secrète n&apos;ouvre pas la clé de signature de &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the signing key file is damaged</source>
        <translation>le fichier de la clé de signature est endommagé</translation>
    </message>
    <message>
        <source>a new signing key for &apos;%1&apos; needs a passphrase to seal it (ONCOBOARD_SIGNING_PASSPHRASE when there is no window)</source>
        <translation>une nouvelle clé de signature pour &apos;%1&apos; nécessite une phrase secrète pour la sceller (ONCOBOARD_SIGNING_PASSPHRASE en l&apos;absence de fenêtre)</translation>
    </message>
    <message>
        <source>cannot create the folder of the signing key</source>
        <translation>impossible de créer le répertoire de la clé de signature</translation>
    </message>
    <message>
        <source>cannot write the signing key: %1</source>
        <translation>impossible d&apos;écrire la clé de signature&#xa0;: %1</translation>
    </message>
    <message>
        <source>the cryptography library could not start</source>
        <translation>la bibliothèque de cryptographie n&apos;a pas pu démarrer</translation>
    </message>
    <message>
        <source>a signing key has 64 bytes, not %1</source>
        <translation>une clé de signature fait 64 octets, pas %1</translation>
    </message>
    <message>
        <source>the signing key is damaged</source>
        <translation>la clé de signature est endommagée</translation>
    </message>
    <message>
        <source>signing needs an account</source>
        <translation>la signature nécessite un compte</translation>
    </message>
</context>
<context>
    <name>onco::Tier</name>
    <message>
        <source>sensitivity</source>
        <translation>sensibilité</translation>
    </message>
    <message>
        <source>resistance</source>
        <translation>résistance</translation>
    </message>
    <message>
        <source>diagnostic</source>
        <translation>diagnostique</translation>
    </message>
    <message>
        <source>prognostic</source>
        <translation>pronostique</translation>
    </message>
</context>
<context>
    <name>onco::Tiering</name>
    <message>
        <source>on-label (%1; %2)</source>
        <translation>dans l&apos;indication (%1&#xa0;; %2)</translation>
    </message>
    <message>
        <source>on-label (%1)</source>
        <translation>dans l&apos;indication (%1)</translation>
    </message>
    <message>
        <source>conditional (%1), taken as off-label</source>
        <translation>conditionnel (%1), considéré comme hors indication</translation>
    </message>
    <message>
        <source>pan-cancer (%1)</source>
        <translation>pan-cancer (%1)</translation>
    </message>
    <message>
        <source>off-label (unrelated disease)</source>
        <translation>hors indication (maladie sans rapport)</translation>
    </message>
    <message>
        <source>disease relation unknown, taken as off-label</source>
        <translation>relation avec la maladie inconnue, considéré comme hors indication</translation>
    </message>
    <message>
        <source>tumor type missing, capped at Tier II</source>
        <translation>type tumoral manquant, plafonné au Tier II</translation>
    </message>
    <message>
        <source>a subtype defined by this alteration</source>
        <translation>un sous-type défini par cette altération</translation>
    </message>
    <message>
        <source>a subtype the tumor type may or may not be</source>
        <translation>un sous-type auquel le type tumoral peut appartenir ou non</translation>
    </message>
    <message>
        <source>does not support</source>
        <translation>n&apos;étaye pas</translation>
    </message>
    <message>
        <source>%1 (%2 %3%4) is contradicted by on-label evidence of the same or a higher level: %5</source>
        <translation>%1 (%2 %3%4) est contredit par des données probantes dans l&apos;indication, de niveau égal ou supérieur&#xa0;: %5</translation>
    </message>
    <message>
        <source>actionable in %1, not in %2 (sensitivity: AMP %3, ESCAT %4, OncoKB-style %5)</source>
        <translation>actionnable dans %1, pas dans %2 (sensibilité&#xa0;: AMP %3, ESCAT %4, type OncoKB %5)</translation>
    </message>
    <message>
        <source>possible clonal hematopoiesis: %1 is a CHIP gene and the variant is in the matched normal at VAF %2</source>
        <translation>hématopoïèse clonale possible&#xa0;: %1 est un gène CHIP et le variant est présent dans l&apos;échantillon normal apparié avec une VAF de %2</translation>
    </message>
    <message>
        <source>possible clonal hematopoiesis: %1 is a CHIP gene, tumor VAF %2 is low and there is no blood normal; confirm in blood</source>
        <translation>hématopoïèse clonale possible&#xa0;: %1 est un gène CHIP, la VAF tumorale de %2 est faible et il n&apos;y a pas d&apos;échantillon normal sanguin&#xa0;; à confirmer sur sang</translation>
    </message>
    <message>
        <source>germline: in the matched normal at VAF %1 (tumor %2)</source>
        <translation>constitutionnel&#xa0;: présent dans l&apos;échantillon normal apparié avec une VAF de %1 (tumeur %2)</translation>
    </message>
    <message>
        <source>%1; %2 is a cancer-predisposition gene (%3): suggest germline referral and counselling</source>
        <translation>%1&#xa0;; %2 est un gène de prédisposition au cancer (%3)&#xa0;: proposer une orientation en oncogénétique (analyse constitutionnelle) et un conseil génétique</translation>
    </message>
    <message>
        <source>%1; not a somatic finding; %2 is not a cancer-predisposition gene, so no referral is suggested</source>
        <translation>%1&#xa0;; pas un résultat somatique&#xa0;; %2 n&apos;est pas un gène de prédisposition au cancer, aucune orientation n&apos;est donc proposée</translation>
    </message>
    <message>
        <source>possible germline: tumor VAF %1 with no matched normal, and %2 is a cancer-predisposition gene (%3); confirm on normal tissue before a referral</source>
        <translation>constitutionnel possible&#xa0;: VAF tumorale de %1 sans échantillon normal apparié, et %2 est un gène de prédisposition au cancer (%3)&#xa0;; confirmer sur tissu normal avant toute orientation</translation>
    </message>
    <message>
        <source>no evidence in the knowledge base; consequence unknown (the input has no functional annotation)</source>
        <translation>aucune donnée probante dans la base de connaissances&#xa0;; conséquence inconnue (l&apos;entrée n&apos;a pas d&apos;annotation fonctionnelle)</translation>
    </message>
    <message>
        <source>no evidence in the knowledge base</source>
        <translation>aucune donnée probante dans la base de connaissances</translation>
    </message>
    <message>
        <source>not tiered: no evidence, and not a protein-altering variant, amplification, deep deletion or fusion</source>
        <translation>pas de tier&#xa0;: aucune donnée probante, et ni variant modifiant la protéine, ni amplification, ni délétion profonde, ni fusion</translation>
    </message>
    <message>
        <source>no therapeutic evidence</source>
        <translation>aucune donnée probante thérapeutique</translation>
    </message>
    <message>
        <source>no tumor type was given: on- or off-label cannot be decided, so no alteration is tiered above Tier II</source>
        <translation>aucun type tumoral indiqué&#xa0;: impossible de déterminer si l&apos;indication correspond ou non, aucune altération n&apos;est donc classée au-dessus du Tier II</translation>
    </message>
    <message>
        <source>a %1 pharmacogenomic allele: genotype, phenotype and CPIC recommendation are in the pharmacogenomics section, never an AMP tier</source>
        <translation>allèle pharmacogénomique de %1&#xa0;: génotype, phénotype et recommandation CPIC figurent dans la section pharmacogénomique, jamais sous forme de tier AMP</translation>
    </message>
    <message>
        <source>common in the population: allele frequency %1 in %2</source>
        <translation>fréquent dans la population&#xa0;: fréquence allélique %1 dans %2</translation>
    </message>
    <message>
        <source>CIViC assertion %1 places it in Tier I</source>
        <translation>l&apos;assertion CIViC %1 le classe en Tier I</translation>
    </message>
    <message>
        <source>the therapy is approved for this biomarker here</source>
        <translation>le traitement est autorisé ici pour ce biomarqueur</translation>
    </message>
    <message>
        <source>class-level item: consensus needs an assertion or an approval, not a rating</source>
        <translation>élément au niveau de la classe&#xa0;: le consensus nécessite une assertion ou une autorisation, pas une note</translation>
    </message>
    <message>
        <source>rated %1 of 5</source>
        <translation>noté %1 sur 5</translation>
    </message>
    <message>
        <source>rated %1 of 5, no Tier I assertion or approval</source>
        <translation>noté %1 sur 5, sans assertion ni autorisation de Tier I</translation>
    </message>
    <message>
        <source>not rated, no Tier I assertion or approval</source>
        <translation>non noté, sans assertion ni autorisation de Tier I</translation>
    </message>
    <message>
        <source>%1: the label excludes this tumor type</source>
        <translation>%1&#xa0;: l&apos;indication autorisée exclut ce type tumoral</translation>
    </message>
    <message>
        <source>%1, %2 %3 in %4, %5, %6 match</source>
        <translation>%1, %2 %3 dans %4, %5, correspondance %6</translation>
    </message>
    <message>
        <source>gene-level</source>
        <translation>au niveau du gène</translation>
    </message>
    <message>
        <source>CIViC assertion %1 (%2, %3 %4, %5) in %6</source>
        <translation>assertion CIViC %1 (%2, %3 %4, %5) dans %6</translation>
    </message>
    <message>
        <source>FDA-approved</source>
        <translation>autorisée par la FDA</translation>
    </message>
    <message>
        <source>curated</source>
        <translation>curée</translation>
    </message>
    <message>
        <source>T0 common in the population (allele frequency %1 in %2 &gt;= 1 %): benign or likely benign for somatic tiering, whatever evidence matches</source>
        <translation>T0 fréquent dans la population (fréquence allélique %1 dans %2 &gt;= 1 %)&#xa0;: bénin ou probablement bénin pour le classement somatique en tiers, quelles que soient les données probantes correspondantes</translation>
    </message>
    <message>
        <source>not tiered: a %1 pharmacogenomic allele (see the pharmacogenomics section)</source>
        <translation>pas de tier&#xa0;: allèle pharmacogénomique de %1 (voir la section pharmacogénomique)</translation>
    </message>
    <message>
        <source>a variant of unknown significance: gene-level class evidence (%1) applies only to functional members of the class (truncating in a tumor suppressor, or a change or residue a knowledge base documents)</source>
        <translation>variant de signification inconnue&#xa0;: les données probantes de classe au niveau du gène (%1) ne s&apos;appliquent qu&apos;aux membres fonctionnels de la classe (variant tronquant dans un gène suppresseur de tumeur, ou modification ou résidu documentés par une base de connaissances)</translation>
    </message>
    <message>
        <source>evidence about common germline or pharmacogenomic variants (%1) sets no somatic tier</source>
        <translation>les données probantes sur des variants constitutionnels fréquents ou pharmacogénomiques (%1) ne fixent aucun tier somatique</translation>
    </message>
    <message>
        <source>predictive items without a therapy (%1) set no therapeutic tier</source>
        <translation>les éléments prédictifs sans traitement (%1) ne fixent aucun tier thérapeutique</translation>
    </message>
    <message>
        <source>evidence only off-label or of unknown relevance</source>
        <translation>données probantes uniquement hors indication ou de pertinence inconnue</translation>
    </message>
    <message>
        <source>matched evidence is biological (oncogenic, functional) or germline only, or does not support</source>
        <translation>les données probantes correspondantes sont uniquement biologiques (oncogéniques, fonctionnelles) ou constitutionnelles, ou n&apos;étayent pas</translation>
    </message>
    <message>
        <source>common in the population</source>
        <translation>fréquent dans la population</translation>
    </message>
    <message>
        <source>no therapeutic (sensitivity) evidence</source>
        <translation>aucune donnée probante thérapeutique (sensibilité)</translation>
    </message>
    <message>
        <source>no level: no supporting therapeutic, diagnostic or prognostic evidence</source>
        <translation>aucun niveau&#xa0;: aucune donnée probante thérapeutique, diagnostique ou pronostique en faveur</translation>
    </message>
    <message>
        <source>; also %1 (%2)</source>
        <translation>; également %1 (%2)</translation>
    </message>
    <message>
        <source>T17 %1, but the value is an estimate (%2): at most II-C</source>
        <translation>T17 %1, mais la valeur est une estimation (%2)&#xa0;: au plus II-C</translation>
    </message>
    <message>
        <source>%1 is %2; confirm with a validated assay before acting on it</source>
        <translation>%1 est %2&#xa0;; confirmer par un test validé avant d&apos;en tenir compte</translation>
    </message>
    <message>
        <source>evidence about germline variants (%1) applied to this variant: its evidence (e.g. a germline-only approval) holds for a somatic call only with caution; establish the variant&apos;s origin</source>
        <translation>données probantes sur des variants constitutionnels (%1) appliquées à ce variant&#xa0;: ses données probantes (p. ex. une autorisation limitée aux variants constitutionnels) ne valent pour un variant somatique qu&apos;avec prudence&#xa0;; établir l&apos;origine du variant</translation>
    </message>
    <message>
        <source>T16 tumor type missing: level %1 capped at II-C</source>
        <translation>T16 type tumoral manquant&#xa0;: niveau %1 plafonné à II-C</translation>
    </message>
    <message>
        <source>T16 tumor type missing: level %1 gives II-D</source>
        <translation>T16 type tumoral manquant&#xa0;: le niveau %1 donne II-D</translation>
    </message>
    <message>
        <source>T14 a diagnostic or prognostic item about cancer in general sets no tier</source>
        <translation>T14 un élément diagnostique ou pronostique sur le cancer en général ne fixe aucun tier</translation>
    </message>
    <message>
        <source>T12 pan-cancer level %1 without a tumor-agnostic approval: at most II-C</source>
        <translation>T12 niveau pan-cancer %1 sans autorisation indépendante du type tumoral&#xa0;: au plus II-C</translation>
    </message>
    <message>
        <source>T13 pan-cancer level %1 sets no tier</source>
        <translation>T13 le niveau pan-cancer %1 ne fixe aucun tier</translation>
    </message>
    <message>
        <source>T14 a diagnostic or prognostic item off-label sets no tier</source>
        <translation>T14 un élément diagnostique ou pronostique hors indication ne fixe aucun tier</translation>
    </message>
    <message>
        <source>T10 level %1 in another tumor type (Li level C: approved or studied elsewhere): II-C</source>
        <translation>T10 niveau %1 dans un autre type tumoral (niveau C de Li&#xa0;: autorisé ou étudié ailleurs)&#xa0;: II-C</translation>
    </message>
    <message>
        <source>T11 level %1 in another tumor type sets no tier</source>
        <translation>T11 le niveau %1 dans un autre type tumoral ne fixe aucun tier</translation>
    </message>
    <message>
        <source>T9 level %1 resistance to a therapy not approved in this tumor type: II-C</source>
        <translation>T9 résistance de niveau %1 à un traitement non autorisé dans ce type tumoral&#xa0;: II-C</translation>
    </message>
    <message>
        <source>T5 level A resistance, on-label, to a therapy approved here (%1): I-A</source>
        <translation>T5 résistance de niveau A, dans l&apos;indication, à un traitement autorisé ici (%1)&#xa0;: I-A</translation>
    </message>
    <message>
        <source>T5 level A, on-label: I-A</source>
        <translation>T5 niveau A, dans l&apos;indication&#xa0;: I-A</translation>
    </message>
    <message>
        <source>T6 level B with expert consensus (%1), on-label: I-B</source>
        <translation>T6 niveau B avec consensus d&apos;experts (%1), dans l&apos;indication&#xa0;: I-B</translation>
    </message>
    <message>
        <source>T7 level B without expert consensus (%1): Li level C, II-C</source>
        <translation>T7 niveau B sans consensus d&apos;experts (%1)&#xa0;: niveau C de Li, II-C</translation>
    </message>
    <message>
        <source>T8 level C, on-label: II-C</source>
        <translation>T8 niveau C, dans l&apos;indication&#xa0;: II-C</translation>
    </message>
    <message>
        <source>T8 level %1, on-label: II-D</source>
        <translation>T8 niveau %1, dans l&apos;indication&#xa0;: II-D</translation>
    </message>
    <message>
        <source>%1 approval %2</source>
        <translation>autorisation %1 %2</translation>
    </message>
    <message>
        <source>T16 tumor type missing: %1 capped at II-C</source>
        <translation>T16 type tumoral manquant&#xa0;: %1 plafonné à II-C</translation>
    </message>
    <message>
        <source>T2 tumor-agnostic %1 covers this tumor: I-A</source>
        <translation>T2 %1 (indépendante du type tumoral) couvre cette tumeur&#xa0;: I-A</translation>
    </message>
    <message>
        <source>T2 the tumor-agnostic %1 does not cover this tumor type</source>
        <translation>T2 %1 (indépendante du type tumoral) ne couvre pas ce type tumoral</translation>
    </message>
    <message>
        <source>T3 %1 in another tumor type (Li level C): II-C</source>
        <translation>T3 %1 dans un autre type tumoral (niveau C de Li)&#xa0;: II-C</translation>
    </message>
    <message>
        <source>T3 resistance per the label of another tumor type sets no tier</source>
        <translation>T3 une résistance mentionnée dans le libellé d&apos;un autre type tumoral ne fixe aucun tier</translation>
    </message>
    <message>
        <source>T4 the label states resistance, but the therapy is not approved in this tumor type: II-C</source>
        <translation>T4 le libellé mentionne une résistance, mais le traitement n&apos;est pas autorisé dans ce type tumoral&#xa0;: II-C</translation>
    </message>
    <message>
        <source>T1 resistance stated by the label of %1, on-label: I-A</source>
        <translation>T1 résistance mentionnée dans le libellé de %1, dans l&apos;indication&#xa0;: I-A</translation>
    </message>
    <message>
        <source>T1 %1 in this tumor type: I-A</source>
        <translation>T1 %1 dans ce type tumoral&#xa0;: I-A</translation>
    </message>
    <message>
        <source>T15 OncoKB level %1, on-label: I-A</source>
        <translation>T15 niveau OncoKB %1, dans l&apos;indication&#xa0;: I-A</translation>
    </message>
    <message>
        <source>T15 OncoKB level %1, on-label: I-B</source>
        <translation>T15 niveau OncoKB %1, dans l&apos;indication&#xa0;: I-B</translation>
    </message>
    <message>
        <source>T15 OncoKB level 3B: II-C</source>
        <translation>T15 niveau OncoKB 3B&#xa0;: II-C</translation>
    </message>
    <message>
        <source>T15 OncoKB level 4: II-D</source>
        <translation>T15 niveau OncoKB 4&#xa0;: II-D</translation>
    </message>
    <message>
        <source>T15 OncoKB level %1 in another tumor type: II-C</source>
        <translation>T15 niveau OncoKB %1 dans un autre type tumoral&#xa0;: II-C</translation>
    </message>
    <message>
        <source>T16 tumor type missing: OncoKB level 4 gives II-D</source>
        <translation>T16 type tumoral manquant&#xa0;: le niveau OncoKB 4 donne II-D</translation>
    </message>
    <message>
        <source>E2 tumor-agnostic approval (basket trials): I-C</source>
        <translation>E2 autorisation indépendante du type tumoral (essais basket)&#xa0;: I-C</translation>
    </message>
    <message>
        <source>E1 approved in this tumor type: I-A/B</source>
        <translation>E1 autorisé dans ce type tumoral&#xa0;: I-A/B</translation>
    </message>
    <message>
        <source>E5 approved in another tumor type: III-A</source>
        <translation>E5 autorisé dans un autre type tumoral&#xa0;: III-A</translation>
    </message>
    <message>
        <source>E1 OncoKB level %1, on-label</source>
        <translation>E1 niveau OncoKB %1, dans l&apos;indication</translation>
    </message>
    <message>
        <source>E3 OncoKB level 3A, on-label: II-A/B</source>
        <translation>E3 niveau OncoKB 3A, dans l&apos;indication&#xa0;: II-A/B</translation>
    </message>
    <message>
        <source>E5 OncoKB level %1 in another tumor type: III-A</source>
        <translation>E5 niveau OncoKB %1 dans un autre type tumoral&#xa0;: III-A</translation>
    </message>
    <message>
        <source>E6 OncoKB level 4: IV-A</source>
        <translation>E6 niveau OncoKB 4&#xa0;: IV-A</translation>
    </message>
    <message>
        <source>E1 level A, on-label: I-A/B</source>
        <translation>E1 niveau A, dans l&apos;indication&#xa0;: I-A/B</translation>
    </message>
    <message>
        <source>E3 level B with consensus, on-label: II-A/B</source>
        <translation>E3 niveau B avec consensus, dans l&apos;indication&#xa0;: II-A/B</translation>
    </message>
    <message>
        <source>E4 level %1, on-label: II-B</source>
        <translation>E4 niveau %1, dans l&apos;indication&#xa0;: II-B</translation>
    </message>
    <message>
        <source>E5 pan-cancer level %1 without a tumor-agnostic approval: III-A</source>
        <translation>E5 niveau pan-cancer %1 sans autorisation indépendante du type tumoral&#xa0;: III-A</translation>
    </message>
    <message>
        <source>E5 level %1 in another tumor type: III-A</source>
        <translation>E5 niveau %1 dans un autre type tumoral&#xa0;: III-A</translation>
    </message>
    <message>
        <source>E6 level D (preclinical), on-label: IV-A</source>
        <translation>E6 niveau D (préclinique), dans l&apos;indication&#xa0;: IV-A</translation>
    </message>
    <message>
        <source>E6 level E (inferential), on-label: IV-B</source>
        <translation>E6 niveau E (inférentiel), dans l&apos;indication&#xa0;: IV-B</translation>
    </message>
    <message>
        <source>K9 OncoKB&apos;s own level, on-label</source>
        <translation>K9 niveau propre à OncoKB, dans l&apos;indication</translation>
    </message>
    <message>
        <source>K9 OncoKB level %1 in another tumor type: 3B</source>
        <translation>K9 niveau OncoKB %1 dans un autre type tumoral&#xa0;: 3B</translation>
    </message>
    <message>
        <source>K9 OncoKB level 4</source>
        <translation>K9 niveau OncoKB 4</translation>
    </message>
    <message>
        <source>K1 FDA approval %1 for this indication: 1</source>
        <translation>K1 autorisation FDA %1 pour cette indication&#xa0;: 1</translation>
    </message>
    <message>
        <source>K2 %1 approval %2 for this indication (not FDA): 2</source>
        <translation>K2 autorisation %1 %2 pour cette indication (hors FDA)&#xa0;: 2</translation>
    </message>
    <message>
        <source>K4 approved in another indication (%1): 3B</source>
        <translation>K4 autorisé dans une autre indication (%1)&#xa0;: 3B</translation>
    </message>
    <message>
        <source>K1 level A with an FDA-approval assertion, on-label: 1</source>
        <translation>K1 niveau A avec une assertion d&apos;autorisation FDA, dans l&apos;indication&#xa0;: 1</translation>
    </message>
    <message>
        <source>K2 level A (guideline-level), on-label: 2</source>
        <translation>K2 niveau A (niveau des recommandations), dans l&apos;indication&#xa0;: 2</translation>
    </message>
    <message>
        <source>K3 level %1 clinical evidence, on-label: 3A</source>
        <translation>K3 données cliniques de niveau %1, dans l&apos;indication&#xa0;: 3A</translation>
    </message>
    <message>
        <source>K4 level %1 in another or no particular tumor type: 3B</source>
        <translation>K4 niveau %1 dans un autre type tumoral ou sans type tumoral particulier&#xa0;: 3B</translation>
    </message>
    <message>
        <source>K5 level D (biological evidence), on-label: 4</source>
        <translation>K5 niveau D (données biologiques), dans l&apos;indication&#xa0;: 4</translation>
    </message>
    <message>
        <source>K6 resistance to a therapy not approved in this tumor type: no R level</source>
        <translation>K6 résistance à un traitement non autorisé dans ce type tumoral&#xa0;: pas de niveau R</translation>
    </message>
    <message>
        <source>K6 standard-care resistance to a therapy approved here (%1): R1</source>
        <translation>K6 résistance en prise en charge standard à un traitement autorisé ici (%1)&#xa0;: R1</translation>
    </message>
    <message>
        <source>K7 clinical evidence of resistance to a therapy approved here (%1): R2</source>
        <translation>K7 données cliniques de résistance à un traitement autorisé ici (%1)&#xa0;: R2</translation>
    </message>
    <message>
        <source>K8 diagnostic level A, on-label</source>
        <translation>K8 niveau diagnostique A, dans l&apos;indication</translation>
    </message>
    <message>
        <source>K8 diagnostic level %1, on-label: Dx3</source>
        <translation>K8 niveau diagnostique %1, dans l&apos;indication&#xa0;: Dx3</translation>
    </message>
    <message>
        <source>K8 prognostic level A, on-label</source>
        <translation>K8 niveau pronostique A, dans l&apos;indication</translation>
    </message>
    <message>
        <source>K8 prognostic level B, on-label: Px3</source>
        <translation>K8 niveau pronostique B, dans l&apos;indication&#xa0;: Px3</translation>
    </message>
</context>
<context>
    <name>onco::TimelinePanel</name>
    <message>
        <source>Export TSV...</source>
        <translation>Exporter en TSV...</translation>
    </message>
    <message>
        <source>Save every alteration&apos;s VAF at each sample as a table</source>
        <translation>Enregistrer la VAF de chaque altération pour chaque échantillon sous forme de table</translation>
    </message>
    <message>
        <source>Samples over time: open a stored case</source>
        <translation>Échantillons au fil du temps&#xa0;: ouvrez un dossier enregistré</translation>
    </message>
    <message>
        <source>A patient&apos;s samples over time are shown for cases of the case database.</source>
        <translation>Les échantillons d&apos;un patient au fil du temps sont affichés pour les dossiers de la base de dossiers.</translation>
    </message>
    <message>
        <source>%1 %2 (case %3)</source>
        <translation>%1 %2 (dossier %3)</translation>
    </message>
    <message>
        <source>%1, no sample date</source>
        <translation>%1, sans date d&apos;échantillon</translation>
    </message>
    <message>
        <source>liquid biopsy</source>
        <translation>biopsie liquide</translation>
    </message>
    <message>
        <source>tissue</source>
        <translation>tissu</translation>
    </message>
    <message>
        <source>Patient %1: %2</source>
        <translation>Patient %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>One sample of this patient so far: nothing to compare</source>
        <translation>Un seul échantillon de ce patient pour l&apos;instant&#xa0;: rien à comparer</translation>
    </message>
    <message>
        <source>Tumor VAF of the alterations with tier I or II or with evidence, by sample date</source>
        <translation>VAF tumorale des altérations de tier I ou II ou avec preuves, par date d&apos;échantillon</translation>
    </message>
    <message>
        <source>Sample date</source>
        <translation>Date de l&apos;échantillon</translation>
    </message>
    <message>
        <source>Tumor VAF</source>
        <translation>VAF tumorale</translation>
    </message>
    <message>
        <source>No alteration with tier I or II or with evidence appeared or was lost between the samples.</source>
        <translation>Aucune altération de tier I ou II ou avec preuves n&apos;est apparue ni n&apos;a disparu entre les échantillons.</translation>
    </message>
    <message>
        <source>Export Samples over Time</source>
        <translation>Exporter les échantillons au fil du temps</translation>
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
        <translation>%1 n&apos;a pas pu être écrit&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>onco::TranscriptModels</name>
    <message>
        <source>a transcript table needs gene, refseq, ensembl, chrom, strand, tx_start, tx_end, cds_start, cds_end, exon_starts and exon_ends</source>
        <translation>une table de transcrits nécessite gene, refseq, ensembl, chrom, strand, tx_start, tx_end, cds_start, cds_end, exon_starts et exon_ends</translation>
    </message>
    <message>
        <source>transcript coordinates are not valid</source>
        <translation>les coordonnées du transcrit ne sont pas valides</translation>
    </message>
    <message>
        <source>exons overlap or are not in genome order</source>
        <translation>les exons se chevauchent ou ne sont pas dans l&apos;ordre du génome</translation>
    </message>
    <message>
        <source>a GFF3 line needs 9 tab-separated columns, this one has %1</source>
        <translation>une ligne GFF3 nécessite 9 colonnes séparées par des tabulations, celle-ci en a %1</translation>
    </message>
    <message>
        <source>GFF3 start and end are not valid 1-based positions</source>
        <translation>le début et la fin GFF3 ne sont pas des positions valides en base 1</translation>
    </message>
    <message>
        <source>the GFF3 file describes no transcript with exons</source>
        <translation>le fichier GFF3 ne décrit aucun transcrit avec des exons</translation>
    </message>
    <message>
        <source>not a gene extent table</source>
        <translation>ce n&apos;est pas une table d&apos;étendues de gènes</translation>
    </message>
    <message>
        <source>not a gene extent</source>
        <translation>ce n&apos;est pas une étendue de gène</translation>
    </message>
</context>
<context>
    <name>onco::TsvReader</name>
    <message>
        <source>the file is empty: no header row</source>
        <translation>le fichier est vide&#xa0;: pas de ligne d&apos;en-tête</translation>
    </message>
</context>
<context>
    <name>onco::TumorRelation</name>
    <message>
        <source>same tumor type</source>
        <translation>même type tumoral</translation>
    </message>
    <message>
        <source>evidence in a broader tumor type</source>
        <translation>preuves dans un type tumoral plus large</translation>
    </message>
    <message>
        <source>evidence in a subtype</source>
        <translation>preuves dans un sous-type</translation>
    </message>
    <message>
        <source>unrelated tumor type</source>
        <translation>type tumoral sans rapport</translation>
    </message>
    <message>
        <source>relation unknown</source>
        <translation>relation inconnue</translation>
    </message>
</context>
<context>
    <name>onco::TumorTypeGraph</name>
    <message>
        <source>not a Disease Ontology report: the header needs id, label and subClassOf</source>
        <translation>ce n&apos;est pas un rapport de la Disease Ontology&#xa0;: l&apos;en-tête doit contenir id, label et subClassOf</translation>
    </message>
    <message>
        <source>not a DOID with a label; row skipped</source>
        <translation>ce n&apos;est pas un DOID avec un libellé&#xa0;; ligne ignorée</translation>
    </message>
    <message>
        <source>label &quot;%1&quot; of %2 also names another term</source>
        <translation>le libellé &quot;%1&quot; de %2 désigne aussi un autre terme</translation>
    </message>
    <message>
        <source>no Disease Ontology terms</source>
        <translation>aucun terme de la Disease Ontology</translation>
    </message>
    <message>
        <source>parent &quot;%1&quot; of %2 is not another term&apos;s label; edge dropped</source>
        <translation>le parent &quot;%1&quot; de %2 n&apos;est le libellé d&apos;aucun autre terme&#xa0;; arête supprimée</translation>
    </message>
    <message>
        <source>the is_a relation of the ontology has a cycle</source>
        <translation>la relation is_a de l&apos;ontologie contient un cycle</translation>
    </message>
    <message>
        <source>neither map has a row for invasive breast carcinoma, so no Breast code resolved</source>
        <translation>aucune des deux tables de correspondance n&apos;a de ligne pour le carcinome mammaire invasif, aucun code Breast n&apos;est donc résolu</translation>
    </message>
    <message>
        <source>tissue node without a row, mapped to its organ cancer like BRAIN -&gt; brain cancer</source>
        <translation>nœud de tissu sans ligne, rattaché au cancer de son organe, comme BRAIN -&gt; brain cancer</translation>
    </message>
    <message>
        <source>both maps give DOID:8692 myeloid leukemia, which is broader</source>
        <translation>les deux tables de correspondance donnent DOID:8692 myeloid leukemia, qui est plus large</translation>
    </message>
    <message>
        <source>phenOncoX gives DOID:3683 lung benign neoplasm for the Lung tissue</source>
        <translation>phenOncoX donne DOID:3683 lung benign neoplasm pour le tissu Lung</translation>
    </message>
    <message>
        <source>phenOncoX gives DOID:731 urinary system benign neoplasm for the Bladder/Urinary Tract tissue</source>
        <translation>phenOncoX donne DOID:731 urinary system benign neoplasm pour le tissu Bladder/Urinary Tract</translation>
    </message>
    <message>
        <source>phenOncoX gives only DOID:1107 esophageal carcinoma for the Esophagus/Stomach tissue</source>
        <translation>phenOncoX ne donne que DOID:1107 esophageal carcinoma pour le tissu Esophagus/Stomach</translation>
    </message>
    <message>
        <source>phenOncoX gives DOID:1240 leukemia, but the Myeloid tissue also holds MDS, MPN and mastocytosis</source>
        <translation>phenOncoX donne DOID:1240 leukemia, mais le tissu Myeloid contient aussi MDS, MPN et mastocytose</translation>
    </message>
    <message>
        <source>phenOncoX adds DOID:0070004, which was myeloma in its DO release and is myeloid neoplasm now</source>
        <translation>phenOncoX ajoute DOID:0070004, qui correspondait à myeloma dans sa version de la DO et correspond désormais à myeloid neoplasm</translation>
    </message>
    <message>
        <source>phenOncoX gives DOID:0080211 nodal marginal zone lymphoma; EMALT is extranodal</source>
        <translation>phenOncoX donne DOID:0080211 nodal marginal zone lymphoma&#xa0;; EMALT est extraganglionnaire</translation>
    </message>
    <message>
        <source>tissue node without a row, mapped to its organ cancer</source>
        <translation>nœud de tissu sans ligne, rattaché au cancer de son organe</translation>
    </message>
    <message>
        <source>neither map has a row; the upper urinary tract is the ureter and the renal pelvis</source>
        <translation>aucune des deux tables de correspondance n&apos;a de ligne&#xa0;; le haut appareil urinaire comprend l&apos;uretère et le bassinet</translation>
    </message>
    <message>
        <source>neither map has a row for urethral urothelial carcinoma</source>
        <translation>aucune des deux tables de correspondance n&apos;a de ligne pour le carcinome urothélial de l&apos;urètre</translation>
    </message>
    <message>
        <source>tissue node without a row; its malignant codes are soft tissue sarcomas</source>
        <translation>nœud de tissu sans ligne&#xa0;; ses codes malins sont des sarcomes des tissus mous</translation>
    </message>
    <message>
        <source>not an OncoTree to DOID map: the header needs %1, %2 and %3</source>
        <translation>ce n&apos;est pas une table de correspondance OncoTree vers DOID&#xa0;: l&apos;en-tête doit contenir %1, %2 et %3</translation>
    </message>
    <message>
        <source>%1: %2 (%3) is not in the Disease Ontology; row dropped</source>
        <translation>%1&#xa0;: %2 (%3) ne figure pas dans la Disease Ontology&#xa0;; ligne supprimée</translation>
    </message>
    <message>
        <source>%1: %2 (%3) is not in the Disease Ontology; using %4</source>
        <translation>%1&#xa0;: %2 (%3) ne figure pas dans la Disease Ontology&#xa0;; %4 est utilisé</translation>
    </message>
    <message>
        <source>%1 is obsolete, matched by label</source>
        <translation>%1 est obsolète, apparié par libellé</translation>
    </message>
    <message>
        <source>%1: the map calls %2 &quot;%3&quot;, the Disease Ontology &quot;%4&quot;</source>
        <translation>%1&#xa0;: la table de correspondance nomme %2 &quot;%3&quot;, la Disease Ontology &quot;%4&quot;</translation>
    </message>
    <message>
        <source>curated row %1: %2 is not in the Disease Ontology</source>
        <translation>ligne curée %1&#xa0;: %2 ne figure pas dans la Disease Ontology</translation>
    </message>
    <message>
        <source>%1: phenOncoX (%2) and the NCIt join (%3) disagree; phenOncoX is used</source>
        <translation>%1&#xa0;: phenOncoX (%2) et la jointure NCIt (%3) divergent&#xa0;; phenOncoX est utilisé</translation>
    </message>
    <message>
        <source>not an OncoTree tree: no TISSUE root</source>
        <translation>ce n&apos;est pas un arbre OncoTree&#xa0;: pas de racine TISSUE</translation>
    </message>
    <message>
        <source>%1: earlier OncoTree code of %2</source>
        <translation>%1&#xa0;: ancien code OncoTree de %2</translation>
    </message>
    <message>
        <source>%1: parent %2 of %3 is not in the tree</source>
        <translation>%1&#xa0;: le parent %2 de %3 ne figure pas dans l&apos;arbre</translation>
    </message>
    <message>
        <source>OncoTree code %1 was revoked by %2; it resolves to their common ancestor %3</source>
        <translation>le code OncoTree %1 a été révoqué par %2&#xa0;; il est résolu vers leur ancêtre commun %3</translation>
    </message>
    <message>
        <source>%1: revoked OncoTree code, replaced by %2</source>
        <translation>%1&#xa0;: code OncoTree révoqué, remplacé par %2</translation>
    </message>
    <message>
        <source>%1: revoked OncoTree code, split into %2</source>
        <translation>%1&#xa0;: code OncoTree révoqué, scindé en %2</translation>
    </message>
    <message>
        <source>curated: %1</source>
        <translation>curation&#xa0;: %1</translation>
    </message>
    <message>
        <source>phenOncoX map</source>
        <translation>table de correspondance phenOncoX</translation>
    </message>
    <message>
        <source>NCIt join %1</source>
        <translation>jointure NCIt %1</translation>
    </message>
    <message>
        <source>same name in the Disease Ontology</source>
        <translation>même nom dans la Disease Ontology</translation>
    </message>
    <message>
        <source>%1 (%2, %3, retired)</source>
        <translation>%1 (%2, %3, retiré)</translation>
    </message>
    <message>
        <source>parent %1</source>
        <translation>parent %1</translation>
    </message>
    <message>
        <source>replaced by %1</source>
        <translation>remplacé par %1</translation>
    </message>
    <message>
        <source>the evidence disease is not a Disease Ontology term</source>
        <translation>la maladie de l&apos;élément de preuve n&apos;est pas un terme de la Disease Ontology</translation>
    </message>
    <message>
        <source>no DOID for this code or any code above it</source>
        <translation>aucun DOID pour ce code ni pour aucun code parent</translation>
    </message>
    <message>
        <source>%1 is a receptor-defined subtype of breast cancer: on-label when the tumor is %2</source>
        <translation>%1 est un sous-type du cancer du sein défini par les récepteurs&#xa0;: dans l&apos;indication lorsque la tumeur est %2</translation>
    </message>
    <message>
        <source>%1 is a subtype of %2, which %3 borrows from a code above it: it may be %3&apos;s own type or a sibling&apos;s, so it is on-label only when the alteration defines it</source>
        <translation>%1 est un sous-type de %2, que %3 emprunte à un code parent&#xa0;: il peut s&apos;agir du type propre de %3 ou de celui d&apos;un code frère&#xa0;; il n&apos;est donc dans l&apos;indication que si l&apos;altération le définit</translation>
    </message>
    <message>
        <source>%1 is pan-cancer evidence: it applies to every tumor type</source>
        <translation>%1 est une donnée probante pan-cancer&#xa0;: elle s&apos;applique à tous les types tumoraux</translation>
    </message>
    <message>
        <source>tissue %1: not a hematologic cancer, so &quot;Solid Tumor&quot; evidence applies</source>
        <translation>tissu %1&#xa0;: pas un cancer hématologique, les données probantes &quot;Solid Tumor&quot; s&apos;appliquent donc</translation>
    </message>
    <message>
        <source>is_a %1</source>
        <translation>is_a %1</translation>
    </message>
    <message>
        <source>tissue %1</source>
        <translation>tissu %1</translation>
    </message>
    <message>
        <source>a hematologic cancer, so &quot;Solid Tumor&quot; evidence does not apply</source>
        <translation>cancer hématologique, les données probantes &quot;Solid Tumor&quot; ne s&apos;appliquent donc pas</translation>
    </message>
    <message>
        <source>no is_a path to or from %1</source>
        <translation>aucun chemin is_a vers ou depuis %1</translation>
    </message>
    <message>
        <source>has subtype %1</source>
        <translation>a pour sous-type %1</translation>
    </message>
    <message>
        <source>the DOID of OncoTree ancestor %1</source>
        <translation>le DOID de l&apos;ancêtre OncoTree %1</translation>
    </message>
    <message>
        <source>mapped code %1 is not an OncoTree code</source>
        <translation>le code de correspondance %1 n&apos;est pas un code OncoTree</translation>
    </message>
    <message>
        <source>no tumor type given</source>
        <translation>aucun type tumoral indiqué</translation>
    </message>
    <message>
        <source>%1: not an OncoTree code (%2 or %3)</source>
        <translation>%1&#xa0;: ce n&apos;est pas un code OncoTree (%2 ou %3)</translation>
    </message>
    <message>
        <source>no DOID; disease name &quot;%1&quot;</source>
        <translation>pas de DOID&#xa0;; nom de maladie &quot;%1&quot;</translation>
    </message>
    <message>
        <source>DOID &quot;%1&quot;</source>
        <translation>DOID &quot;%1&quot;</translation>
    </message>
    <message>
        <source>evidence DOID found by the disease name &quot;%1&quot;</source>
        <translation>DOID de l&apos;élément de preuve trouvé d&apos;après le nom de maladie &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the tumor is not %1</source>
        <translation>la tumeur n&apos;est pas %1</translation>
    </message>
    <message>
        <source>on-label only for %1 tumors; the case does not give that status</source>
        <translation>dans l&apos;indication uniquement pour les tumeurs %1&#xa0;; le dossier n&apos;indique pas ce statut</translation>
    </message>
    <message>
        <source>the tumor is %1 (HER2 by its ERBB2 amplification)</source>
        <translation>la tumeur est %1 (HER2 d&apos;après son amplification d&apos;ERBB2)</translation>
    </message>
    <message>
        <source>the tumor is %1</source>
        <translation>la tumeur est %1</translation>
    </message>
</context>
<context>
    <name>onco::VafHistogram</name>
    <message>
        <source>No small variants with a tumor VAF in this case</source>
        <translation>Aucun petit variant avec une VAF tumorale dans ce dossier</translation>
    </message>
    <message>
        <source>Tumor VAF of small variants (n = %1, bins of %2%)</source>
        <translation>VAF tumorale des petits variants (n = %1, classes de %2 %)</translation>
    </message>
    <message>
        <source>VAFs outside 0-1, counted in the end bins: %1</source>
        <translation>VAF hors de 0-1, comptées dans les classes extrêmes&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1: VAF %2</source>
        <translation>%1&#xa0;: VAF %2</translation>
    </message>
    <message>
        <source>Variants</source>
        <translation>Variants</translation>
    </message>
    <message>
        <source>Tumor variant allele fraction</source>
        <translation>Fraction allélique tumorale des variants</translation>
    </message>
    <message>
        <source>VAF %1–%2: %3 variants</source>
        <translation>VAF %1–%2&#xa0;: %3 variants</translation>
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
        <translation>Sans tier</translation>
    </message>
    <message>
        <source>Consequence</source>
        <translation>Conséquence</translation>
    </message>
    <message>
        <source>Missense</source>
        <translation>Faux-sens</translation>
    </message>
    <message>
        <source>Truncating</source>
        <translation>Tronquant</translation>
    </message>
    <message>
        <source>In-frame</source>
        <translation>En phase</translation>
    </message>
    <message>
        <source>Splice</source>
        <translation>Épissage</translation>
    </message>
    <message>
        <source>Copy number</source>
        <translation>Nombre de copies</translation>
    </message>
    <message>
        <source>Fusion</source>
        <translation>Fusion</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Only actionable</source>
        <translation>Actionnables uniquement</translation>
    </message>
    <message>
        <source>Hide excluded</source>
        <translation>Masquer les exclus</translation>
    </message>
    <message>
        <source>Search gene, change, position...</source>
        <translation>Rechercher un gène, une modification, une position...</translation>
    </message>
    <message>
        <source>Lowest tumor VAF shown</source>
        <translation>VAF tumorale minimale affichée</translation>
    </message>
    <message>
        <source>Highest tumor VAF shown</source>
        <translation>VAF tumorale maximale affichée</translation>
    </message>
    <message>
        <source>Genes: BRAF, KRAS ...</source>
        <translation>Gènes&#xa0;: BRAF, KRAS ...</translation>
    </message>
    <message>
        <source>AMP Tier I or II only</source>
        <translation>Tier AMP I ou II uniquement</translation>
    </message>
    <message>
        <source>Hide alterations reviewed as exclude or artefact</source>
        <translation>Masquer les altérations relues comme exclues ou artefacts</translation>
    </message>
    <message>
        <source>VAF</source>
        <translation>VAF</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Show every alteration again</source>
        <translation>Afficher à nouveau toutes les altérations</translation>
    </message>
    <message>
        <source>%L1 of %L2 shown</source>
        <translation>%L1 sur %L2 affichées</translation>
    </message>
    <message>
        <source>%L1 shown</source>
        <translation>%L1 affichées</translation>
    </message>
    <message>
        <source>AMP tier (%1)</source>
        <translation>Tier AMP (%1)</translation>
    </message>
    <message>
        <source>Consequence (%1)</source>
        <translation>Conséquence (%1)</translation>
    </message>
</context>
<context>
    <name>onco::VariantRule</name>
    <message>
        <source>a &apos;rare&apos; exon mutation is defined by its rarity, which is not in the case data</source>
        <translation>une mutation d&apos;exon &apos;rare&apos; est définie par sa rareté, qui ne figure pas dans les données du dossier</translation>
    </message>
    <message>
        <source>expression is not measured by the case data</source>
        <translation>l&apos;expression n&apos;est pas mesurée dans les données du dossier</translation>
    </message>
    <message>
        <source>a deletion of several exons needs structural-variant or exon-level copy-number data</source>
        <translation>une délétion de plusieurs exons nécessite des données de variants structuraux ou de nombre de copies au niveau des exons</translation>
    </message>
    <message>
        <source>no rule for &apos;%1&apos;</source>
        <translation>aucune règle pour &apos;%1&apos;</translation>
    </message>
    <message>
        <source>protein or expression levels are not measured by the case data</source>
        <translation>les niveaux de protéine ou d&apos;expression ne sont pas mesurés dans les données du dossier</translation>
    </message>
    <message>
        <source>methylation is not measured by the case data</source>
        <translation>la méthylation n&apos;est pas mesurée dans les données du dossier</translation>
    </message>
    <message>
        <source>the absence of a variant cannot be concluded from the variants found</source>
        <translation>l&apos;absence d&apos;un variant ne peut pas être déduite des variants trouvés</translation>
    </message>
    <message>
        <source>protein-domain boundaries are not shipped with OncoBoard</source>
        <translation>les limites des domaines protéiques ne sont pas fournies avec OncoBoard</translation>
    </message>
    <message>
        <source>dbSNP identifiers are not kept from the input; matched by coordinates when CIViC gives them</source>
        <translation>les identifiants dbSNP ne sont pas repris de l&apos;entrée&#xa0;; appariement par coordonnées lorsque CIViC les fournit</translation>
    </message>
    <message>
        <source>loss of heterozygosity and biallelic inactivation are not derived from the case data</source>
        <translation>la perte d&apos;hétérozygotie et l&apos;inactivation biallélique ne sont pas déduites des données du dossier</translation>
    </message>
    <message>
        <source>the fusion names no partner gene</source>
        <translation>la fusion ne désigne aucun gène partenaire</translation>
    </message>
    <message>
        <source>the factor &apos;%1 %2&apos; is not measured by the case data</source>
        <translation>le facteur &apos;%1 %2&apos; n&apos;est pas mesuré dans les données du dossier</translation>
    </message>
    <message>
        <source>no matching rule for the variant name &apos;%1&apos;</source>
        <translation>aucune règle ne correspond au nom de variant &apos;%1&apos;</translation>
    </message>
    <message>
        <source>protein change %1</source>
        <translation>modification protéique %1</translation>
    </message>
    <message>
        <source>any change at codon %1</source>
        <translation>toute modification au codon %1</translation>
    </message>
    <message>
        <source>a deletion within residues %1-%2</source>
        <translation>une délétion dans les résidus %1-%2</translation>
    </message>
    <message>
        <source>any change within residues %1-%2</source>
        <translation>toute modification dans les résidus %1-%2</translation>
    </message>
    <message>
        <source>an in-frame deletion in exon %1</source>
        <translation>une délétion en phase dans l&apos;exon %1</translation>
    </message>
    <message>
        <source>an in-frame insertion in exon %1</source>
        <translation>une insertion en phase dans l&apos;exon %1</translation>
    </message>
    <message>
        <source>a splice-site variant of exon %1 (exon skipping)</source>
        <translation>un variant du site d&apos;épissage de l&apos;exon %1 (saut d&apos;exon)</translation>
    </message>
    <message>
        <source>a frameshift in exon %1</source>
        <translation>un décalage du cadre de lecture dans l&apos;exon %1</translation>
    </message>
    <message>
        <source>a protein-altering variant in exon %1</source>
        <translation>un variant modifiant la protéine dans l&apos;exon %1</translation>
    </message>
    <message>
        <source>any protein-altering variant of the gene</source>
        <translation>tout variant du gène modifiant la protéine</translation>
    </message>
    <message>
        <source>an oncogenic variant of the gene (known oncogenic, or truncating in a tumor suppressor)</source>
        <translation>un variant oncogénique du gène (oncogénique connu, ou tronquant dans un gène suppresseur de tumeur)</translation>
    </message>
    <message>
        <source>an activating variant of the gene (known oncogenic in this release)</source>
        <translation>un variant activateur du gène (oncogénique connu dans cette version)</translation>
    </message>
    <message>
        <source>a loss-of-function variant of a tumor suppressor (truncating, or deep deletion)</source>
        <translation>un variant perte de fonction d&apos;un gène suppresseur de tumeur (tronquant, ou délétion profonde)</translation>
    </message>
    <message>
        <source>a truncating variant (nonsense, frameshift, canonical splice site, start loss)</source>
        <translation>un variant tronquant (non-sens, décalage du cadre de lecture, site d&apos;épissage canonique, perte du codon d&apos;initiation)</translation>
    </message>
    <message>
        <source>a frameshift variant</source>
        <translation>un variant avec décalage du cadre de lecture</translation>
    </message>
    <message>
        <source>gene amplification</source>
        <translation>amplification du gène</translation>
    </message>
    <message>
        <source>deep (homozygous) deletion of the gene</source>
        <translation>délétion profonde (homozygote) du gène</translation>
    </message>
    <message>
        <source>amplification or deep deletion of the gene</source>
        <translation>amplification ou délétion profonde du gène</translation>
    </message>
    <message>
        <source>a promoter (upstream or 5&apos; UTR) variant of the gene</source>
        <translation>un variant du promoteur (en amont ou 5&apos; UTR) du gène</translation>
    </message>
    <message>
        <source>an internal tandem duplication (in-frame insertion or duplication)</source>
        <translation>une duplication interne en tandem (insertion ou duplication en phase)</translation>
    </message>
    <message>
        <source>any fusion involving %1</source>
        <translation>toute fusion impliquant %1</translation>
    </message>
    <message>
        <source>fusion %1::%2%3</source>
        <translation>fusion %1::%2%3</translation>
    </message>
    <message>
        <source> (%1; exons not compared)</source>
        <translation> (%1&#xa0;; exons non comparés)</translation>
    </message>
    <message>
        <source>the named event %1</source>
        <translation>l&apos;événement nommé %1</translation>
    </message>
</context>
<context>
    <name>onco::VariantTableModel</name>
    <message>
        <source>amplification</source>
        <translation>amplification</translation>
    </message>
    <message>
        <source>gain</source>
        <translation>gain</translation>
    </message>
    <message>
        <source>shallow deletion</source>
        <translation>délétion superficielle</translation>
    </message>
    <message>
        <source>deep deletion</source>
        <translation>délétion profonde</translation>
    </message>
    <message>
        <source>copy neutral</source>
        <translation>nombre de copies neutre</translation>
    </message>
    <message>
        <source> (CN %1)</source>
        <translation> (CN %1)</translation>
    </message>
    <message>
        <source>%1 fusion</source>
        <translation>fusion %1</translation>
    </message>
    <message>
        <source>codon %1%2?</source>
        <translation>codon %1%2?</translation>
    </message>
    <message>
        <source>Comment: %1</source>
        <translation>Commentaire&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1, ligne %2</translation>
    </message>
    <message>
        <source>Named by the knowledge base variant this allele matched; the input file has no annotation.</source>
        <translation>Nommé d&apos;après le variant de la base de connaissances auquel cet allèle correspond&#xa0;; le fichier d&apos;entrée n&apos;a pas d&apos;annotation.</translation>
    </message>
    <message>
        <source>Gene</source>
        <translation>Gène</translation>
    </message>
    <message>
        <source>Alteration</source>
        <translation>Altération</translation>
    </message>
    <message>
        <source>Consequence</source>
        <translation>Conséquence</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Tumor VAF</source>
        <translation>VAF tumorale</translation>
    </message>
    <message>
        <source>Depth</source>
        <translation>Profondeur</translation>
    </message>
    <message>
        <source>Normal VAF</source>
        <translation>VAF normale</translation>
    </message>
    <message>
        <source>Copy number</source>
        <translation>Nombre de copies</translation>
    </message>
    <message>
        <source>log2 ratio</source>
        <translation>ratio log2</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filtre</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Preuves</translation>
    </message>
    <message>
        <source>Best level</source>
        <translation>Meilleur niveau</translation>
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
        <translation>Type OncoKB</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Correspondance</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Alertes</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
</context>
<context>
    <name>onco::VcfReader</name>
    <message>
        <source>contig not declared in the header</source>
        <translation>contig non déclaré dans l&apos;en-tête</translation>
    </message>
    <message>
        <source>INFO/FORMAT tag not declared in the header</source>
        <translation>balise INFO/FORMAT non déclarée dans l&apos;en-tête</translation>
    </message>
    <message>
        <source>wrong number of columns</source>
        <translation>nombre de colonnes incorrect</translation>
    </message>
    <message>
        <source>value out of range (position, length or count too large)</source>
        <translation>valeur hors limites (position, longueur ou nombre trop grand)</translation>
    </message>
    <message>
        <source>invalid character</source>
        <translation>caractère non valide</translation>
    </message>
    <message>
        <source>invalid contig name</source>
        <translation>nom de contig non valide</translation>
    </message>
    <message>
        <source>invalid INFO/FORMAT tag or value</source>
        <translation>balise ou valeur INFO/FORMAT non valide</translation>
    </message>
    <message>
        <source>malformed record</source>
        <translation>enregistrement mal formé</translation>
    </message>
    <message>
        <source>file not found</source>
        <translation>fichier introuvable</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>pas un fichier ordinaire</translation>
    </message>
    <message>
        <source>cannot open: %1</source>
        <translation>impossible d&apos;ouvrir&#xa0;: %1</translation>
    </message>
    <message>
        <source>not a VCF or BCF file (it looks like: %1)</source>
        <translation>pas un fichier VCF ou BCF (il ressemble à&#xa0;: %1)</translation>
    </message>
    <message>
        <source>the BCF header is broken or the file is truncated</source>
        <translation>l&apos;en-tête BCF est endommagé ou le fichier est tronqué</translation>
    </message>
    <message>
        <source>the header says %1 (%2) but the case is %3; coordinates are read as %3</source>
        <translation>l&apos;en-tête indique %1 (%2) mais le dossier est en %3&#xa0;; les coordonnées sont lues en %3</translation>
    </message>
    <message>
        <source>not part of the VCF, ignored: &apos;%1&apos;</source>
        <translation>ne fait pas partie du VCF, ignoré&#xa0;: &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the header has no #CHROM line before the first record</source>
        <translation>l&apos;en-tête n&apos;a pas de ligne #CHROM avant le premier enregistrement</translation>
    </message>
    <message>
        <source>the #CHROM line must be tab-separated with at least 8 columns</source>
        <translation>la ligne #CHROM doit être séparée par des tabulations et compter au moins 8 colonnes</translation>
    </message>
    <message>
        <source>column %1 of the #CHROM line is &apos;%2&apos;, expected &apos;%3&apos;</source>
        <translation>la colonne %1 de la ligne #CHROM est &apos;%2&apos;, &apos;%3&apos; attendu</translation>
    </message>
    <message>
        <source>column 9 of the #CHROM line must be FORMAT</source>
        <translation>la colonne 9 de la ligne #CHROM doit être FORMAT</translation>
    </message>
    <message>
        <source>sample column %1 has an empty name</source>
        <translation>la colonne d&apos;échantillon %1 a un nom vide</translation>
    </message>
    <message>
        <source>sample name &apos;%1&apos; appears twice</source>
        <translation>le nom d&apos;échantillon &apos;%1&apos; apparaît deux fois</translation>
    </message>
    <message>
        <source>read error in the header (corrupt or truncated compressed data)</source>
        <translation>erreur de lecture dans l&apos;en-tête (données compressées corrompues ou tronquées)</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <source>the header has no #CHROM line</source>
        <translation>l&apos;en-tête n&apos;a pas de ligne #CHROM</translation>
    </message>
    <message>
        <source>malformed header line: %1</source>
        <translation>ligne d&apos;en-tête mal formée&#xa0;: %1</translation>
    </message>
    <message>
        <source>header line conflicts with an earlier one: %1</source>
        <translation>la ligne d&apos;en-tête est en conflit avec une ligne précédente&#xa0;: %1</translation>
    </message>
    <message>
        <source>the header could not be parsed</source>
        <translation>l&apos;en-tête n&apos;a pas pu être analysé</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>tumor sample &apos;%1&apos; is not in the file (samples: %2)</source>
        <translation>l&apos;échantillon tumoral &apos;%1&apos; n&apos;est pas dans le fichier (échantillons&#xa0;: %2)</translation>
    </message>
    <message>
        <source>normal sample &apos;%1&apos; is not in the file (samples: %2)</source>
        <translation>l&apos;échantillon normal &apos;%1&apos; n&apos;est pas dans le fichier (échantillons&#xa0;: %2)</translation>
    </message>
    <message>
        <source>the same sample &apos;%1&apos; was given as tumor and normal</source>
        <translation>le même échantillon &apos;%1&apos; a été indiqué comme tumoral et comme normal</translation>
    </message>
    <message>
        <source>cannot tell which sample is the tumor (samples: %1); allele fractions are not read. Name it with --tumor-sample.</source>
        <translation>impossible de déterminer quel échantillon est la tumeur (échantillons&#xa0;: %1)&#xa0;; les fractions alléliques ne sont pas lues. Désignez-le avec --tumor-sample.</translation>
    </message>
    <message>
        <source>loading canceled</source>
        <translation>chargement annulé</translation>
    </message>
    <message>
        <source>corrupt or truncated BCF record</source>
        <translation>enregistrement BCF corrompu ou tronqué</translation>
    </message>
    <message>
        <source>read error: the data is corrupt or truncated</source>
        <translation>erreur de lecture&#xa0;: les données sont corrompues ou tronquées</translation>
    </message>
    <message numerus="yes">
        <source>the BGZF end-of-file block is missing: the file is truncated after this line (%n record(s) read); nothing of it is used (--allow-truncated reads what is there)</source>
        <translation>
            <numerusform>le bloc de fin de fichier BGZF est manquant&#xa0;: le fichier est tronqué après cette ligne (%n enregistrement lu)&#xa0;; rien n&apos;en est utilisé (--allow-truncated lit ce qui est présent)</numerusform>
            <numerusform>le bloc de fin de fichier BGZF est manquant&#xa0;: le fichier est tronqué après cette ligne (%n enregistrements lus)&#xa0;; rien n&apos;en est utilisé (--allow-truncated lit ce qui est présent)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the BGZF end-of-file block is missing: the file is truncated after this line; only the %n record(s) before it were read</source>
        <translation>
            <numerusform>le bloc de fin de fichier BGZF est manquant&#xa0;: le fichier est tronqué après cette ligne&#xa0;; seul %n enregistrement précédant cette ligne a été lu</numerusform>
            <numerusform>le bloc de fin de fichier BGZF est manquant&#xa0;: le fichier est tronqué après cette ligne&#xa0;; seuls les %n enregistrements précédant cette ligne ont été lus</numerusform>
        </translation>
    </message>
    <message>
        <source>expected %1 tab-separated columns, found %2</source>
        <translation>%1 colonnes séparées par des tabulations attendues, %2 trouvées</translation>
    </message>
    <message>
        <source>column %1 is empty</source>
        <translation>la colonne %1 est vide</translation>
    </message>
    <message>
        <source>POS &apos;%1&apos; is not a whole number</source>
        <translation>POS &apos;%1&apos; n&apos;est pas un nombre entier</translation>
    </message>
    <message>
        <source>REF &apos;%1&apos; holds a character other than A, C, G, T, N</source>
        <translation>REF &apos;%1&apos; contient un caractère autre que A, C, G, T, N</translation>
    </message>
    <message>
        <source>record could not be decoded</source>
        <translation>l&apos;enregistrement n&apos;a pas pu être décodé</translation>
    </message>
    <message>
        <source>%1 read support of %2 not used: %3</source>
        <translation>support en lectures %1 de %2 non utilisé&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>onco::VcfValidator</name>
    <message>
        <source>%1 is not an Integer %2</source>
        <translation>%1 n&apos;est pas de type Integer %2</translation>
    </message>
    <message>
        <source>%1 does not fit a 32-bit Integer</source>
        <translation>%1 ne tient pas dans un Integer 32 bits</translation>
    </message>
    <message>
        <source>%1 uses a value from -2147483648 to -2147483641, which VCF reserves</source>
        <translation>%1 utilise une valeur comprise entre -2147483648 et -2147483641, que le format VCF réserve</translation>
    </message>
    <message>
        <source>%1 is negative</source>
        <translation>%1 est négatif</translation>
    </message>
    <message>
        <source>%1 is not a Float %2</source>
        <translation>%1 n&apos;est pas de type Float %2</translation>
    </message>
    <message>
        <source>%1 is not a single Character %2</source>
        <translation>%1 n&apos;est pas un Character unique %2</translation>
    </message>
    <message>
        <source>%1 is not a CIGAR string</source>
        <translation>%1 n&apos;est pas une chaîne CIGAR</translation>
    </message>
    <message>
        <source>%1: a Flag takes no value (%2)</source>
        <translation>%1&#xa0;: un Flag ne prend pas de valeur (%2)</translation>
    </message>
    <message>
        <source>INFO field %1 has no value, but is a %2 %3</source>
        <translation>le champ INFO %1 n&apos;a pas de valeur, mais il est de type %2 %3</translation>
    </message>
    <message>
        <source>%1 is empty; write &apos;.&apos; for a missing value</source>
        <translation>%1 est vide&#xa0;; écrivez &apos;.&apos; pour une valeur manquante</translation>
    </message>
    <message>
        <source>%1 has %2 values, expected %3 (Number=%4 %5)</source>
        <translation>%1 a %2 valeurs, %3 attendues (Number=%4 %5)</translation>
    </message>
    <message>
        <source>INFO field %1</source>
        <translation>champ INFO %1</translation>
    </message>
    <message>
        <source>FORMAT field %1 of sample %2</source>
        <translation>champ FORMAT %1 de l&apos;échantillon %2</translation>
    </message>
    <message>
        <source>as declared at line %1</source>
        <translation>comme déclaré à la ligne %1</translation>
    </message>
    <message>
        <source>as the VCF specification reserves it</source>
        <translation>comme le réserve la spécification VCF</translation>
    </message>
    <message>
        <source>FORMAT &apos;%1&apos; has an empty field name</source>
        <translation>FORMAT &apos;%1&apos; a un nom de champ vide</translation>
    </message>
    <message>
        <source>FORMAT key &apos;%1&apos; is not alphanumeric</source>
        <translation>la clé FORMAT &apos;%1&apos; n&apos;est pas alphanumérique</translation>
    </message>
    <message>
        <source>FORMAT key &apos;%1&apos; is not a valid key</source>
        <translation>la clé FORMAT &apos;%1&apos; n&apos;est pas une clé valide</translation>
    </message>
    <message>
        <source>FORMAT lists %1 twice</source>
        <translation>FORMAT mentionne %1 deux fois</translation>
    </message>
    <message>
        <source>GT must be the first FORMAT field</source>
        <translation>GT doit être le premier champ FORMAT</translation>
    </message>
    <message>
        <source>INFO has an empty entry (a &apos;;&apos; at the start or end, or doubled)</source>
        <translation>INFO a une entrée vide (un &apos;;&apos; au début ou à la fin, ou doublé)</translation>
    </message>
    <message>
        <source>INFO key &apos;%1&apos; is not a valid key</source>
        <translation>la clé INFO &apos;%1&apos; n&apos;est pas une clé valide</translation>
    </message>
    <message>
        <source>INFO lists %1 twice</source>
        <translation>INFO mentionne %1 deux fois</translation>
    </message>
    <message>
        <source>FORMAT is empty; write &apos;.&apos; when there is no data</source>
        <translation>FORMAT est vide&#xa0;; écrivez &apos;.&apos; en l&apos;absence de données</translation>
    </message>
    <message>
        <source>sample %1 has an empty value; write &apos;.&apos; for missing data</source>
        <translation>l&apos;échantillon %1 a une valeur vide&#xa0;; écrivez &apos;.&apos; pour une donnée manquante</translation>
    </message>
    <message>
        <source>sample %1 has more fields than FORMAT &apos;%2&apos;</source>
        <translation>l&apos;échantillon %1 a plus de champs que FORMAT &apos;%2&apos;</translation>
    </message>
    <message>
        <source>GT &apos;%1&apos; of sample %2 is not a valid genotype</source>
        <translation>le GT &apos;%1&apos; de l&apos;échantillon %2 n&apos;est pas un génotype valide</translation>
    </message>
    <message>
        <source>GT &apos;%1&apos; of sample %2 refers to allele %3, but the record has %4 ALT alleles</source>
        <translation>le GT &apos;%1&apos; de l&apos;échantillon %2 fait référence à l&apos;allèle %3, mais l&apos;enregistrement a %4 allèles ALT</translation>
    </message>
    <message>
        <source>expected %1 tab-separated columns, found %2 (the line ends with a tab)</source>
        <translation>%1 colonnes séparées par des tabulations attendues, %2 trouvées (la ligne se termine par une tabulation)</translation>
    </message>
    <message>
        <source>expected %1 tab-separated columns, found %2</source>
        <translation>%1 colonnes séparées par des tabulations attendues, %2 trouvées</translation>
    </message>
    <message>
        <source>CHROM &apos;%1&apos; is not a valid contig name (no whitespace, commas, quotes or brackets)</source>
        <translation>CHROM &apos;%1&apos; n&apos;est pas un nom de contig valide (ni espaces, ni virgules, ni guillemets, ni crochets)</translation>
    </message>
    <message>
        <source>CHROM &apos;%1&apos; is not a valid contig name (no whitespace, commas, colons or brackets)</source>
        <translation>CHROM &apos;%1&apos; n&apos;est pas un nom de contig valide (ni espaces, ni virgules, ni deux-points, ni crochets)</translation>
    </message>
    <message>
        <source>POS &apos;%1&apos; is not a positive whole number</source>
        <translation>POS &apos;%1&apos; n&apos;est pas un nombre entier positif</translation>
    </message>
    <message>
        <source>ID &apos;%1&apos; has an empty entry (a &apos;;&apos; at the start or end, or doubled)</source>
        <translation>ID &apos;%1&apos; a une entrée vide (un &apos;;&apos; au début ou à la fin, ou doublé)</translation>
    </message>
    <message>
        <source>ID &apos;%1&apos; contains whitespace</source>
        <translation>ID &apos;%1&apos; contient des espaces</translation>
    </message>
    <message>
        <source>ID &apos;%1&apos; lists %2 twice</source>
        <translation>ID &apos;%1&apos; mentionne %2 deux fois</translation>
    </message>
    <message>
        <source>REF is missing (&apos;.&apos;)</source>
        <translation>REF est manquant (&apos;.&apos;)</translation>
    </message>
    <message>
        <source>REF &apos;%1&apos; holds more than one allele</source>
        <translation>REF &apos;%1&apos; contient plus d&apos;un allèle</translation>
    </message>
    <message>
        <source>REF &apos;%1&apos; holds a character other than A, C, G, T, N</source>
        <translation>REF &apos;%1&apos; contient un caractère autre que A, C, G, T, N</translation>
    </message>
    <message>
        <source>ALT &apos;%1&apos; has an empty allele (a stray comma)</source>
        <translation>ALT &apos;%1&apos; a un allèle vide (une virgule en trop)</translation>
    </message>
    <message>
        <source>ALT &apos;%1&apos; mixes the missing value &apos;.&apos; with alleles</source>
        <translation>ALT &apos;%1&apos; mélange la valeur manquante &apos;.&apos; avec des allèles</translation>
    </message>
    <message>
        <source>ALT allele &apos;%1&apos; is not a valid symbolic allele &lt;ID&gt; (no whitespace, commas or angle brackets inside)</source>
        <translation>l&apos;allèle ALT &apos;%1&apos; n&apos;est pas un allèle symbolique &lt;ID&gt; valide (ni espaces, ni virgules, ni chevrons à l&apos;intérieur)</translation>
    </message>
    <message>
        <source>ALT allele &apos;%1&apos; is not a valid breakend (bases joined to [chr:pos[ or ]chr:pos], or bases with a &apos;.&apos;)</source>
        <translation>l&apos;allèle ALT &apos;%1&apos; n&apos;est pas un point de cassure valide (bases jointes à [chr:pos[ ou ]chr:pos], ou bases avec un &apos;.&apos;)</translation>
    </message>
    <message>
        <source>ALT allele &apos;%1&apos; holds a character other than A, C, G, T, N</source>
        <translation>l&apos;allèle ALT &apos;%1&apos; contient un caractère autre que A, C, G, T, N</translation>
    </message>
    <message>
        <source>QUAL &apos;%1&apos; is not a number</source>
        <translation>QUAL &apos;%1&apos; n&apos;est pas un nombre</translation>
    </message>
    <message>
        <source>QUAL %1 is negative</source>
        <translation>QUAL %1 est négatif</translation>
    </message>
    <message>
        <source>FILTER &apos;%1&apos; %2</source>
        <translation>FILTER &apos;%1&apos; %2</translation>
    </message>
    <message>
        <source>has an empty entry (a &apos;;&apos; at the start or end, or doubled)</source>
        <translation>a une entrée vide (un &apos;;&apos; au début ou à la fin, ou doublé)</translation>
    </message>
    <message>
        <source>contains whitespace</source>
        <translation>contient des espaces</translation>
    </message>
    <message>
        <source>combines the missing value &apos;.&apos; with filters</source>
        <translation>combine la valeur manquante &apos;.&apos; avec des filtres</translation>
    </message>
    <message>
        <source>uses 0, which is reserved</source>
        <translation>utilise 0, qui est réservé</translation>
    </message>
    <message>
        <source>lists %1 twice</source>
        <translation>mentionne %1 deux fois</translation>
    </message>
    <message>
        <source>records of chromosome %1 are not contiguous: it appeared before, up to line %2</source>
        <translation>les enregistrements du chromosome %1 ne sont pas contigus&#xa0;: il est déjà apparu, jusqu&apos;à la ligne %2</translation>
    </message>
    <message>
        <source>POS %1 comes after POS %2 on %3: the records are not sorted</source>
        <translation>POS %1 vient après POS %2 sur %3&#xa0;: les enregistrements ne sont pas triés</translation>
    </message>
    <message>
        <source>ALT lists the variant %1&gt;%2 twice</source>
        <translation>ALT mentionne le variant %1&gt;%2 deux fois</translation>
    </message>
    <message>
        <source>the variant %1&gt;%2 at %3 duplicates the one at line %4</source>
        <translation>le variant %1&gt;%2 en %3 duplique celui de la ligne %4</translation>
    </message>
    <message>
        <source>empty field (two commas in a row, or a comma at the start)</source>
        <translation>champ vide (deux virgules consécutives, ou une virgule au début)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a key=value field (an unquoted comma, or a value that needs quotes?)</source>
        <translation>&apos;%1&apos; n&apos;est pas un champ clé=valeur (une virgule hors guillemets, ou une valeur qui nécessite des guillemets&#xa0;?)</translation>
    </message>
    <message>
        <source>a field has no name before &apos;=&apos;</source>
        <translation>un champ n&apos;a pas de nom avant &apos;=&apos;</translation>
    </message>
    <message>
        <source>field name &apos;%1&apos; contains whitespace</source>
        <translation>le nom de champ &apos;%1&apos; contient des espaces</translation>
    </message>
    <message>
        <source>the value of %1 has no closing double quote</source>
        <translation>la valeur de %1 n&apos;a pas de guillemet double fermant</translation>
    </message>
    <message>
        <source>the value of %1 holds an unescaped double quote (write \&quot;)</source>
        <translation>la valeur de %1 contient un guillemet double non échappé (écrivez \&quot;)</translation>
    </message>
    <message>
        <source>the value of %1 has no closing &apos;]&apos;</source>
        <translation>la valeur de %1 n&apos;a pas de &apos;]&apos; fermant</translation>
    </message>
    <message>
        <source>the value of %1 has text after its closing &apos;]&apos;</source>
        <translation>la valeur de %1 contient du texte après son &apos;]&apos; fermant</translation>
    </message>
    <message>
        <source>%1 has an empty value</source>
        <translation>%1 a une valeur vide</translation>
    </message>
    <message>
        <source>the field list ends with a comma</source>
        <translation>la liste de champs se termine par une virgule</translation>
    </message>
    <message>
        <source>meta-information line after the #CHROM header line</source>
        <translation>ligne de méta-information après la ligne d&apos;en-tête #CHROM</translation>
    </message>
    <message>
        <source>meta-information line &apos;%1&apos; is not a ##key=value pair</source>
        <translation>la ligne de méta-information &apos;%1&apos; n&apos;est pas une paire ##clé=valeur</translation>
    </message>
    <message>
        <source>meta-information key &apos;%1&apos; contains whitespace</source>
        <translation>la clé de méta-information &apos;%1&apos; contient des espaces</translation>
    </message>
    <message>
        <source>##%1 has an empty value</source>
        <translation>##%1 a une valeur vide</translation>
    </message>
    <message>
        <source>##fileformat must be the first line and appear only once</source>
        <translation>##fileformat doit être la première ligne et n&apos;apparaître qu&apos;une seule fois</translation>
    </message>
    <message>
        <source>##fileformat=%1 is not a VCF version such as VCFv4.3</source>
        <translation>##fileformat=%1 n&apos;est pas une version de VCF telle que VCFv4.3</translation>
    </message>
    <message>
        <source>VCF version %1 is not one this check knows (4.0 to 4.5)</source>
        <translation>la version de VCF %1 n&apos;est pas connue de cette vérification (4.0 à 4.5)</translation>
    </message>
    <message>
        <source>##%1 line does not end with &apos;&gt;&apos;</source>
        <translation>la ligne ##%1 ne se termine pas par &apos;&gt;&apos;</translation>
    </message>
    <message>
        <source>##%1=&lt;&gt; holds no fields</source>
        <translation>##%1=&lt;&gt; ne contient aucun champ</translation>
    </message>
    <message>
        <source>##%1 is not a valid URL: %2</source>
        <translation>##%1 n&apos;est pas une URL valide&#xa0;: %2</translation>
    </message>
    <message>
        <source>##%1 line: %2</source>
        <translation>ligne ##%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>##%1 line: field %2 appears twice</source>
        <translation>ligne ##%1&#xa0;: le champ %2 apparaît deux fois</translation>
    </message>
    <message>
        <source>##%1 line: the value of %2 contains whitespace and must be in double quotes</source>
        <translation>ligne ##%1&#xa0;: la valeur de %2 contient des espaces et doit être entre guillemets doubles</translation>
    </message>
    <message>
        <source>##%1 line: the Description must be in double quotes</source>
        <translation>ligne ##%1&#xa0;: la Description doit être entre guillemets doubles</translation>
    </message>
    <message>
        <source>##%1 line: ID must be the first field</source>
        <translation>ligne ##%1&#xa0;: ID doit être le premier champ</translation>
    </message>
    <message>
        <source>##%1 line has no ID</source>
        <translation>la ligne ##%1 n&apos;a pas d&apos;ID</translation>
    </message>
    <message>
        <source>##%1 line: fields must come in the order ID, Number, Type, Description</source>
        <translation>ligne ##%1&#xa0;: les champs doivent apparaître dans l&apos;ordre ID, Number, Type, Description</translation>
    </message>
    <message>
        <source>##%1 line: Number=R is not part of VCF 4.1</source>
        <translation>ligne ##%1&#xa0;: Number=R ne fait pas partie de VCF 4.1</translation>
    </message>
    <message>
        <source>##%1 line: Number=%2 is not an integer, A, R, G or &apos;.&apos;</source>
        <translation>ligne ##%1&#xa0;: Number=%2 n&apos;est pas un entier, A, R, G ou &apos;.&apos;</translation>
    </message>
    <message>
        <source>##%1 line: Type=%2 is not Integer, Float, Flag, Character or String</source>
        <translation>ligne ##%1&#xa0;: Type=%2 n&apos;est pas Integer, Float, Flag, Character ou String</translation>
    </message>
    <message>
        <source>ALT ID &apos;%1&apos; must not contain whitespace or angle brackets</source>
        <translation>l&apos;ID ALT &apos;%1&apos; ne doit contenir ni espaces ni chevrons</translation>
    </message>
    <message>
        <source>ALT ID &apos;%1&apos;: the type before any &apos;:&apos; must be DEL, INS, DUP, INV or CNV</source>
        <translation>ID ALT &apos;%1&apos;&#xa0;: le type avant un éventuel &apos;:&apos; doit être DEL, INS, DUP, INV ou CNV</translation>
    </message>
    <message>
        <source>##META line: Values must be in square brackets</source>
        <translation>ligne ##META&#xa0;: Values doit être entre crochets</translation>
    </message>
    <message>
        <source>contig ID &apos;%1&apos; is not a valid contig name</source>
        <translation>l&apos;ID de contig &apos;%1&apos; n&apos;est pas un nom de contig valide</translation>
    </message>
    <message>
        <source>contig URL %1 is not a valid URL</source>
        <translation>l&apos;URL de contig %1 n&apos;est pas une URL valide</translation>
    </message>
    <message>
        <source>SAMPLE ID &apos;%1&apos; is not a valid name</source>
        <translation>l&apos;ID SAMPLE &apos;%1&apos; n&apos;est pas un nom valide</translation>
    </message>
    <message>
        <source>##SAMPLE line has Mixture but no Genomes</source>
        <translation>la ligne ##SAMPLE a Mixture mais pas Genomes</translation>
    </message>
    <message>
        <source>##SAMPLE line: %1 is a &apos;;&apos;-separated list and takes no quotes</source>
        <translation>ligne ##SAMPLE&#xa0;: %1 est une liste séparée par des &apos;;&apos; et ne prend pas de guillemets</translation>
    </message>
    <message>
        <source>##SAMPLE line: Genomes and Mixture list different numbers of values</source>
        <translation>ligne ##SAMPLE&#xa0;: Genomes et Mixture énumèrent des nombres de valeurs différents</translation>
    </message>
    <message>
        <source>##PEDIGREE line: &apos;%1&apos; is not a valid sample or genome name</source>
        <translation>ligne ##PEDIGREE&#xa0;: &apos;%1&apos; n&apos;est pas un nom d&apos;échantillon ou de génome valide</translation>
    </message>
    <message>
        <source>##%1 ID %2 is declared twice (first at line %3)</source>
        <translation>##%1 ID %2 est déclaré deux fois (la première fois à la ligne %3)</translation>
    </message>
    <message>
        <source>##%1 line lacks %2</source>
        <translation>il manque %2 à la ligne ##%1</translation>
    </message>
    <message>
        <source>%1 ID &apos;%2&apos; is not a valid key</source>
        <translation>%1 ID &apos;%2&apos; n&apos;est pas une clé valide</translation>
    </message>
    <message>
        <source>FORMAT %1 cannot have Type=Flag</source>
        <translation>FORMAT %1 ne peut pas avoir Type=Flag</translation>
    </message>
    <message>
        <source>INFO %1 has Type=Flag, so its Number must be 0 (not %2)</source>
        <translation>INFO %1 a Type=Flag, donc son Number doit être 0 (pas %2)</translation>
    </message>
    <message>
        <source>%1 %2 is declared as Number=%3, Type=%4, but the VCF specification reserves it as Number=%5, Type=%6</source>
        <translation>%1 %2 est déclaré avec Number=%3, Type=%4, mais la spécification VCF le réserve avec Number=%5, Type=%6</translation>
    </message>
    <message>
        <source>%1 %2 is declared twice (first at line %3)</source>
        <translation>%1 %2 est déclaré deux fois (la première fois à la ligne %3)</translation>
    </message>
    <message>
        <source>a second #CHROM header line</source>
        <translation>une deuxième ligne d&apos;en-tête #CHROM</translation>
    </message>
    <message>
        <source>the header line must name 8 tab-separated columns #CHROM to INFO, found %1</source>
        <translation>la ligne d&apos;en-tête doit nommer 8 colonnes séparées par des tabulations, de #CHROM à INFO&#xa0;; %1 trouvées</translation>
    </message>
    <message>
        <source>column %1 of the header line is &apos;%2&apos;, expected &apos;%3&apos;</source>
        <translation>la colonne %1 de la ligne d&apos;en-tête est &apos;%2&apos;, &apos;%3&apos; attendu</translation>
    </message>
    <message>
        <source>column 9 of the header line is &apos;%1&apos;, expected &apos;FORMAT&apos;</source>
        <translation>la colonne 9 de la ligne d&apos;en-tête est &apos;%1&apos;, &apos;FORMAT&apos; attendu</translation>
    </message>
    <message>
        <source>the header line has a FORMAT column but no sample columns</source>
        <translation>la ligne d&apos;en-tête a une colonne FORMAT mais aucune colonne d&apos;échantillon</translation>
    </message>
    <message>
        <source>the header line ends with a tab</source>
        <translation>la ligne d&apos;en-tête se termine par une tabulation</translation>
    </message>
    <message>
        <source>sample column %1 has an empty name</source>
        <translation>la colonne d&apos;échantillon %1 a un nom vide</translation>
    </message>
    <message>
        <source>sample name %1 appears twice</source>
        <translation>le nom d&apos;échantillon %1 apparaît deux fois</translation>
    </message>
    <message>
        <source>empty line</source>
        <translation>ligne vide</translation>
    </message>
    <message>
        <source>data line before the #CHROM header line: &apos;%1&apos;</source>
        <translation>ligne de données avant la ligne d&apos;en-tête #CHROM&#xa0;: &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <source>the #CHROM header line is missing</source>
        <translation>la ligne d&apos;en-tête #CHROM est manquante</translation>
    </message>
    <message>
        <source>the last line does not end with a newline (the file may be truncated)</source>
        <translation>la dernière ligne ne se termine pas par un saut de ligne (le fichier est peut-être tronqué)</translation>
    </message>
    <message>
        <source>the first line must be ##fileformat=VCFv4.x</source>
        <translation>la première ligne doit être ##fileformat=VCFv4.x</translation>
    </message>
</context>
<context>
    <name>onco::WelcomePage</name>
    <message>
        <source>Welcome to OncoBoard %1</source>
        <translation>Bienvenue dans OncoBoard %1</translation>
    </message>
    <message>
        <source>OncoBoard prepares a patient&apos;s tumor sequencing results for the molecular tumor board: every alteration is matched against the local knowledge base, tiered (AMP/ASCO/CAP, ESCAT, OncoKB-style levels) and explained. Patient data stays on this computer.</source>
        <translation>OncoBoard prépare les résultats de séquençage tumoral d&apos;un patient pour la RCP moléculaire : chaque altération est comparée à la base de connaissances locale, classée en tier (AMP/ASCO/CAP, ESCAT, niveaux de type OncoKB) et expliquée. Les données des patients restent sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Open the demo case</source>
        <translation>Ouvrir le dossier de démonstration</translation>
    </message>
    <message>
        <source>A colon adenocarcinoma from public TCGA data (TCGA-A6-2686): somatic variants and copy number, with BRAF V600E and an ERBB2 amplification.</source>
        <translation>Un adénocarcinome du côlon issu des données publiques du TCGA (TCGA-A6-2686) : variants somatiques et nombre de copies, avec BRAF V600E et une amplification d&apos;ERBB2.</translation>
    </message>
    <message>
        <source>The demo case is not installed with this copy of OncoBoard.</source>
        <translation>Le dossier de démonstration n&apos;est pas installé avec cet exemplaire d&apos;OncoBoard.</translation>
    </message>
    <message>
        <source>Open files...</source>
        <translation>Ouvrir des fichiers...</translation>
    </message>
    <message>
        <source>A case&apos;s variant files (VCF, BCF, MAF), copy number, fusions and clinical table; or drop them on this window.</source>
        <translation>Les fichiers de variants d&apos;un dossier (VCF, BCF, MAF), le nombre de copies, les fusions et la table clinique ; ou les déposer sur cette fenêtre.</translation>
    </message>
    <message>
        <source>Open a case database...</source>
        <translation>Ouvrir une base de dossiers...</translation>
    </message>
    <message>
        <source>The board&apos;s stored cases with their review, plan and sign-off (an SQLite file).</source>
        <translation>Les dossiers enregistrés de la RCP avec leur revue, leur plan et leur validation (un fichier SQLite).</translation>
    </message>
    <message>
        <source>Connect to a case database server...</source>
        <translation>Se connecter à un serveur de base de dossiers...</translation>
    </message>
    <message>
        <source>The department&apos;s case store on PostgreSQL.</source>
        <translation>La base de dossiers du service sur PostgreSQL.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Your data&lt;/b&gt; is kept in %1: the knowledge base (%2) and the case database (%3). Settings: %4. Nothing is sent over the network.</source>
        <translation>&lt;b&gt;Vos données&lt;/b&gt; sont conservées dans %1 : la base de connaissances (%2) et la base de dossiers (%3). Réglages : %4. Rien n&apos;est envoyé sur le réseau.</translation>
    </message>
    <message>
        <source>This page is shown until a case has been opened. Help &gt; Welcome Page shows it again.</source>
        <translation>Cette page s&apos;affiche jusqu&apos;à l&apos;ouverture d&apos;un premier dossier. Aide &gt; Page d&apos;accueil l&apos;affiche à nouveau.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Knowledge base&lt;/b&gt;: %1 %2 (CC0 1.0, civicdb.org), with the tumor types of OncoTree (%3, CC BY 4.0, Memorial Sloan Kettering Cancer Center) and the Human Disease Ontology (CC0 1.0). Newer CIViC releases, the site&apos;s licensed OncoKB files and local evidence are imported under Knowledge base &gt; Releases and local evidence. Help &gt; About OncoBoard lists every source and its licence.</source>
        <translation>&lt;b&gt;Base de connaissances&lt;/b&gt; : %1 %2 (CC0 1.0, civicdb.org), avec les types tumoraux d&apos;OncoTree (%3, CC BY 4.0, Memorial Sloan Kettering Cancer Center) et la Human Disease Ontology (CC0 1.0). Les versions plus récentes de CIViC, les fichiers OncoKB sous licence de l&apos;établissement et les preuves locales s&apos;importent via Base de connaissances &gt; Versions et preuves locales. Aide &gt; À propos d&apos;OncoBoard indique chaque source et sa licence.</translation>
    </message>
</context>
<context>
    <name>onco::Zygosity</name>
    <message>
        <source>heterozygous</source>
        <translation>hétérozygote</translation>
    </message>
    <message>
        <source>homozygous</source>
        <translation>homozygote</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>absent</translation>
    </message>
</context>
</TS>
